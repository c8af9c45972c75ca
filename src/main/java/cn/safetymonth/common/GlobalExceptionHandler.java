package cn.safetymonth.common;

import cn.safetymonth.common.limit.LimitExceeded;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every failure into the envelope. Client mistakes become 4xx naming the field and the
 * reason in Chinese; anything unexpected becomes a 500 carrying only the request id.
 * Exception text never reaches the client.
 */
@RestControllerAdvice
@Import(Outages.class)
class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    private final Outages outages;

    GlobalExceptionHandler(Outages outages) {
        this.outages = outages;
    }

    @ExceptionHandler(BizException.class)
    ResponseEntity<ApiResponse<Void>> biz(BizException e) {
        if (e instanceof LimitExceeded limit) {
            return ResponseEntity.status(e.errorCode().status()).header(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()))
                    .body(ApiResponse.error(e.errorCode(), e.getMessage()));
        }
        return respond(e.errorCode(), e.getMessage());
    }

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    ResponseEntity<ApiResponse<Void>> invalid(BindException e) {
        FieldError fe = e.getBindingResult().getFieldError();
        if (fe != null) {
            String reason = fe.isBindingFailure() ? bindingFailure(fe) : fe.getDefaultMessage();
            return field(fe.getField(), reason);
        }
        return respond(CommonErrorCodes.INVALID_FIELD, CommonErrorCodes.INVALID_FIELD.msg());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiResponse<Void>> invalidParams(HandlerMethodValidationException e) {
        var result = e.getParameterValidationResults().stream().findFirst();
        if (result.isPresent()) {
            var r = result.get();
            String name = r.getMethodParameter().getParameterName();
            String reason = r.getResolvableErrors().stream().findFirst()
                    .map(err -> err.getDefaultMessage()).orElse("取值无效");
            return field(name, reason);
        }
        return respond(CommonErrorCodes.INVALID_FIELD, CommonErrorCodes.INVALID_FIELD.msg());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiResponse<Void>> violation(ConstraintViolationException e) {
        var v = e.getConstraintViolations().stream().findFirst();
        if (v.isPresent()) {
            String path = v.get().getPropertyPath().toString();
            return field(path.substring(path.lastIndexOf('.') + 1), v.get().getMessage());
        }
        return respond(CommonErrorCodes.INVALID_FIELD, CommonErrorCodes.INVALID_FIELD.msg());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiResponse<Void>> unreadable(HttpMessageNotReadableException e) {
        if (BodyLimitFilter.isTooLarge(e)) {
            return respond(CommonErrorCodes.BODY_TOO_LARGE, CommonErrorCodes.BODY_TOO_LARGE.msg());
        }
        Throwable cause = e.getCause();
        if (cause instanceof TextRule.RefusedJsonText text) {
            return field(path(text), text.reason());
        }
        StreamReadException syntax = causeOf(cause, StreamReadException.class);
        if (syntax != null) {
            return respond(CommonErrorCodes.MALFORMED_JSON, malformed(syntax));
        }
        if (cause instanceof MismatchedInputException early && endedEarly(early)) {
            return respond(CommonErrorCodes.MALFORMED_JSON, CommonErrorCodes.MALFORMED_JSON.msg() + "：内容不完整，意外结束" + where(early));
        }
        if (cause instanceof MismatchedInputException whole && whole.getPath().isEmpty()) {
            return respond(CommonErrorCodes.MALFORMED_JSON, wholeBody(whole));
        }
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining("、"));
            return field(path(ife), "取值无效，可选值：" + allowed);
        }
        if (cause instanceof ValueInstantiationException vie && vie.getCause() instanceof IllegalArgumentException iae && !vie.getPath().isEmpty()) {
            return field(path(vie), "取值无效，" + iae.getMessage()); // a value type's own creator says what it takes
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            return field(path(mie), "类型错误，应为" + typeName(mie.getTargetType()));
        }
        if (cause instanceof DatabindException de && !de.getPath().isEmpty()) {
            return field(path(de), "取值无效");
        }
        if (cause instanceof JacksonException) {
            return respond(CommonErrorCodes.MALFORMED_JSON, CommonErrorCodes.MALFORMED_JSON.msg());
        }
        return respond(CommonErrorCodes.MALFORMED_JSON, "请求体缺失或不是合法的 JSON");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiResponse<Void>> missingParam(MissingServletRequestParameterException e) {
        return field(e.getParameterName(), "不能为空");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiResponse<Void>> missingPart(MissingServletRequestPartException e) {
        return field(e.getRequestPartName(), "不能为空");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiResponse<Void>> missingHeader(MissingRequestHeaderException e) {
        return field(e.getHeaderName(), "请求头不能为空");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiResponse<Void>> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getCause() instanceof TextRule.RefusedParamText text) {
            return field(e.getName(), text.getMessage());
        }
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
            return field(e.getName(), "取值无效，可选值：" + allowed);
        }
        return field(e.getName(), "类型错误，应为" + typeName(type));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiResponse<Void>> uploadTooLarge(MaxUploadSizeExceededException e) {
        return respond(CommonErrorCodes.BODY_TOO_LARGE, "上传的文件过大");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiResponse<Void>> multipart(MultipartException e, HttpServletRequest request) {
        if (!isMultipart(request)) {
            return respond(CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型 " + request.getContentType() + "，本接口需要 multipart/form-data（文件上传）");
        }
        return respond(CommonErrorCodes.BAD_REQUEST, "文件上传格式有误，请使用 multipart/form-data");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型"
                + (e.getContentType() == null ? "" : " " + e.getContentType().toString()) + "，本接口需要 " + mediaTypes(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiResponse<Void>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(CommonErrorCodes.NOT_ACCEPTABLE, CommonErrorCodes.NOT_ACCEPTABLE.msg() + "，本接口返回 "
                + (e.getSupportedMediaTypes().isEmpty() ? "application/json" : mediaTypes(e.getSupportedMediaTypes())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> method(HttpRequestMethodNotSupportedException e) {
        return respond(CommonErrorCodes.METHOD_NOT_ALLOWED, "不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ApiResponse<Void>> notFound(Exception e) {
        return respond(CommonErrorCodes.NOT_FOUND, CommonErrorCodes.NOT_FOUND.msg());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiResponse<Void>> optimistic(OptimisticLockingFailureException e) {
        return respond(CommonErrorCodes.CONFLICT, CommonErrorCodes.CONFLICT.msg());
    }

    /** A deadlock or lock wait the database gave up on: two people acting at once, worth a retry, not a crash. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ApiResponse<Void>> pessimistic(PessimisticLockingFailureException e) {
        log.warn("lock conflict: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return respond(CommonErrorCodes.CONFLICT, "有人同时在修改，请稍后重试");
    }

    /** A unique key the service did not expect to hit: still the user's concurrent double submit, not a crash. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ApiResponse<Void>> duplicate(DuplicateKeyException e) {
        log.warn("unmapped duplicate key: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return respond(CommonErrorCodes.CONFLICT, "数据重复，请勿重复提交");
    }

    /** A value the database refuses (too long, out of range) that validation let through: a 400, and a gap to close. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiResponse<Void>> integrity(DataIntegrityViolationException e) {
        log.warn("data refused by the database: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return respond(CommonErrorCodes.BAD_REQUEST, "提交的数据不符合要求（长度或取值超出范围）");
    }

    /** The client went away before the answer was written (a phone off a weak network): nothing to answer, no fault here. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client gone before the answer was written: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiResponse<Void>> unexpected(Exception e) {
        var down = Outages.backendOf(e);
        if (down.isPresent()) {
            return unavailable(outages, down.get(), e);
        }
        log.error("unexpected error", e);
        return respond(CommonErrorCodes.INTERNAL, internalMessage());
    }

    /**
     * Redis or the database out of reach (refused, timed out, pool exhausted), however deeply MyBatis, Spring or
     * Lettuce wrapped it: a 503 the client retries after {@code Retry-After}, not a 500 it shows as a crash. The
     * outage is logged once by {@link Outages}, not once per request.
     */
    static ResponseEntity<ApiResponse<Void>> unavailable(Outages outages, Outages.Backend backend, Throwable e) {
        outages.failed(backend, e);
        ErrorCode code = CommonErrorCodes.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(code.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiResponse.error(code, code.msg()));
    }

    static String internalMessage() {
        return "服务器内部错误，请稍后重试（请求号 " + RequestIdFilter.current() + "）";
    }

    private static ResponseEntity<ApiResponse<Void>> field(String field, String reason) {
        return respond(CommonErrorCodes.INVALID_FIELD, "字段 " + field + "：" + reason);
    }

    private static ResponseEntity<ApiResponse<Void>> respond(ErrorCode code, String msg) {
        // preset, so the envelope is written as JSON even when the client's Accept names something else (a 406)
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON).body(ApiResponse.error(code, msg));
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "请求体" : sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "布尔值 true/false";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        if (type == LocalDate.class) {
            return "日期，格式 yyyy-MM-dd";
        }
        if (type == LocalDateTime.class) {
            return "日期时间，格式 yyyy-MM-ddTHH:mm:ss";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "日期时间（ISO 8601 格式）";
        }
        return "对象";
    }

    /** A query or form value that could not be bound: what it should have been (the enum values, the format, the rule). */
    private static String bindingFailure(FieldError fe) {
        TypeMismatchException mismatch = fe.contains(TypeMismatchException.class) ? fe.unwrap(TypeMismatchException.class) : null;
        if (mismatch == null) {
            return "类型错误";
        }
        if (mismatch.getCause() instanceof TextRule.RefusedParamText text) {
            return text.getMessage();
        }
        Class<?> type = mismatch.getRequiredType();
        if (type != null && type.isEnum()) {
            return "取值无效，可选值：" + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
        }
        return "类型错误，应为" + typeName(type);
    }

    /** Where the body stops being JSON: a duplicate key, an early end, a stray character. */
    private static String malformed(StreamReadException e) {
        String where = where(e);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return CommonErrorCodes.MALFORMED_JSON.msg() + "：字段 " + duplicate.group(1) + " 重复出现" + where;
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return CommonErrorCodes.MALFORMED_JSON.msg() + "：内容不完整，意外结束" + where;
        }
        return CommonErrorCodes.MALFORMED_JSON.msg() + "：语法错误" + where;
    }

    /** The body as a whole is wrong: something after the value, or not an object at all. */
    private static String wholeBody(MismatchedInputException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return CommonErrorCodes.MALFORMED_JSON.msg() + "：JSON 值之后还有多余内容" + where(e);
        }
        return CommonErrorCodes.MALFORMED_JSON.msg() + "：请求体应为" + typeName(e.getTargetType());
    }

    /** A value cut off by the end of the body: a truncated request, not a wrong value of the field it stopped in. */
    private static boolean endedEarly(MismatchedInputException e) {
        // the parser is closed by the time we see it, so Jackson's own wording for the end of input is what tells
        String message = e.getOriginalMessage();
        return message != null && message.contains("end-of-input");
    }

    private static String where(JacksonException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String mediaTypes(Collection<MediaType> types) {
        return types.stream().map(MediaType::toString).collect(Collectors.joining("、"));
    }
}
