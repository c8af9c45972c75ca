package cn.safetymonth.common.web;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.ErrorCode;
import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * The answer to a file that is taken whole or not at all (an import, a template): the result when it had no error,
 * otherwise the code's status with the result, and so every error by row, still in data for the page to list.
 */
public final class WholeFileAnswer {

    private WholeFileAnswer() {
    }

    /** @param what what had the errors ("导入文件"); @param consequence what that means (“，未写入任何数据”), may be empty */
    public static <T> ResponseEntity<ApiResponse<T>> of(T result, List<String> errors, ErrorCode code, String what, String consequence) {
        if (errors.isEmpty()) {
            return ResponseEntity.ok(ApiResponse.ok(result));
        }
        String msg = what + "有 " + errors.size() + " 处错误" + consequence + "：" + errors.get(0);
        return ResponseEntity.status(code.status()).body(ApiResponse.error(code, msg, result));
    }
}
