package cn.safetymonth.common.web;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters of every list: page from 1, size 1–100 (default 1 and 20). */
public record PageQuery(
        @Schema(description = "页码，从 1 开始", example = "1", defaultValue = "1")
        @Min(value = 1, message = "页码最小为 1") @Max(value = 100000, message = "页码过大") Integer page,
        @Schema(description = "每页条数，1–100", example = "20", defaultValue = "20")
        @Min(value = 1, message = "每页条数最小为 1") @Max(value = 100, message = "每页条数最多为 100") Integer size) {

    public long pageOrDefault() {
        return page == null ? 1 : page;
    }

    public long sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public <T> Page<T> toPage() {
        return Page.of(pageOrDefault(), sizeOrDefault());
    }
}
