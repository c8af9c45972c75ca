package cn.safetymonth.common;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Requests Tomcat rejects before any servlet sees them (a path with %00, a malformed URL or header)
 * get the envelope too, instead of Tomcat's HTML error page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        ErrorCode code = switch (status) {
            case 404 -> CommonErrorCodes.NOT_FOUND;
            case 405 -> CommonErrorCodes.METHOD_NOT_ALLOWED; // TRACE, which Tomcat answers itself
            case 406 -> CommonErrorCodes.NOT_ACCEPTABLE;
            case 413 -> CommonErrorCodes.BODY_TOO_LARGE;
            case 415 -> CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? CommonErrorCodes.INTERNAL : CommonErrorCodes.BAD_REQUEST;
        };
        String msg = status >= 500 ? "服务器内部错误，请稍后重试"
                : code == CommonErrorCodes.BAD_REQUEST ? "请求格式有误（路径或请求头不合法）" : code.msg();
        try {
            response.resetBuffer();
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(ApiResponse.error(code, msg)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing left to tell it
        }
    }

}
