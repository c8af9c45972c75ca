package cn.safetymonth.wechat;

/** What became of one subscribe message. Only {@link #SENT} used the worker's grant on WeChat's side. */
public enum SubscribeOutcome {
    SENT,
    /** 43101: the user gave no (more) grant for this template. Not a failure of the workflow that sent it. */
    NO_GRANT,
    /** 40037 / 47003 / 41030: our template id, data or page is wrong; WeChat kept the grant. */
    REJECTED,
    /** WeChat could not be reached or answered something else; the grant is kept. */
    FAILED
}
