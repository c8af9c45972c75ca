package cn.safetymonth.common;

import io.swagger.v3.oas.annotations.media.Schema;

/** The one envelope every endpoint answers with. {@code code == 0} means success. */
@Schema(description = "统一响应：code 为 0 表示成功，否则 msg 为中文错误说明")
public record ApiResponse<T>(
        @Schema(description = "0 成功；其他为错误码", example = "0") int code,
        @Schema(description = "说明", example = "成功") String msg,
        T data) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(0, "成功", data);
    }

    public static ApiResponse<Void> ok() {
        return new ApiResponse<>(0, "成功", null);
    }

    public static ApiResponse<Void> error(ErrorCode code, String msg) {
        return new ApiResponse<>(code.code(), msg, null);
    }

    /** An error that carries details the client shows (e.g. every bad line of an import). */
    public static <T> ApiResponse<T> error(ErrorCode code, String msg, T data) {
        return new ApiResponse<>(code.code(), msg, data);
    }
}
