package cn.safetymonth.common;

/** Thrown by services; the exception handler turns it into the envelope. Its message is shown to the user. */
public class BizException extends RuntimeException {

    private final transient ErrorCode errorCode;

    public BizException(ErrorCode errorCode, String userMessage) {
        super(userMessage);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
