package cn.safetymonth.common;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failures that happen outside Spring MVC (the servlet container rejecting a request, a filter
 * throwing) land here; they get the same envelope instead of Boot's default error page.
 */
@Hidden
@RestController
class ErrorEnvelopeController implements ErrorController {

    private final Outages outages;

    ErrorEnvelopeController(Outages outages) {
        this.outages = outages;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiResponse<Void>> error(HttpServletRequest request) {
        Object raw = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = raw instanceof Integer i ? i : 500;
        Object ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (ex instanceof Throwable t && BodyLimitFilter.isTooLarge(t)) {
            status = 413;
        }
        if (ex instanceof Throwable t && Outages.backendOf(t).isPresent()) {
            return GlobalExceptionHandler.unavailable(outages, Outages.backendOf(t).get(), t); // a filter met Redis down
        }
        ErrorCode code = switch (status) {
            case 400 -> CommonErrorCodes.BAD_REQUEST;
            case 401 -> CommonErrorCodes.UNAUTHORIZED;
            case 403 -> CommonErrorCodes.FORBIDDEN;
            case 404 -> CommonErrorCodes.NOT_FOUND;
            case 405 -> CommonErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> CommonErrorCodes.NOT_ACCEPTABLE;
            case 413 -> CommonErrorCodes.BODY_TOO_LARGE;
            case 415 -> CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 400 && status < 500 ? CommonErrorCodes.BAD_REQUEST : CommonErrorCodes.INTERNAL;
        };
        String msg = code == CommonErrorCodes.INTERNAL ? GlobalExceptionHandler.internalMessage() : code.msg();
        HttpStatus httpStatus = HttpStatus.resolve(status);
        return ResponseEntity.status(httpStatus == null ? code.status() : httpStatus)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiResponse.error(code, msg));
    }
}
