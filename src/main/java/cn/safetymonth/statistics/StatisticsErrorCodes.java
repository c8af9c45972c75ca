package cn.safetymonth.statistics;

import cn.safetymonth.common.ErrorCode;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Range 9000–9999: the statistics table. */
final class StatisticsErrorCodes {

    static final ErrorCode FORM_NOT_FOUND = new ErrorCode(9001, NOT_FOUND, "统计表不存在");
    static final ErrorCode PERIOD_NOT_FOUND = new ErrorCode(9002, NOT_FOUND, "字段 period：该统计表没有这个填报期");
    static final ErrorCode BLANK_NOT_FOUND = new ErrorCode(9003, NOT_FOUND, "统计表中没有这个空格");
    static final ErrorCode BLANK_NOT_MANUAL = new ErrorCode(9004, BAD_REQUEST, "该空格由平台按实际数据自动填写，不能手工修改");
    static final ErrorCode BLANK_VALUE_INVALID = new ErrorCode(9005, BAD_REQUEST, "填写的数值无效");
    static final ErrorCode SUBMISSION_NOT_FOUND = new ErrorCode(9006, NOT_FOUND, "报送记录不存在");
    static final ErrorCode SUBMISSION_BUSY = new ErrorCode(9007, CONFLICT, "同时有人在报送这张表，请刷新后重试");
    static final ErrorCode NOT_COMPLETE = new ErrorCode(9008, CONFLICT, "这张表刚上线，平台正在补算历史记录中的人数，请稍后再报送");
    static final ErrorCode MANUAL_BUSY = new ErrorCode(9009, CONFLICT, "该空格刚被他人修改，请刷新后重试");
    static final ErrorCode UNION_REQUIRED = new ErrorCode(9011, BAD_REQUEST, "字段 unionId：请选择要查看的工会");
    static final ErrorCode TEMPLATE_INVALID = new ErrorCode(9012, BAD_REQUEST, "统计表模板有错误");
    static final ErrorCode TEMPLATE_CODE_IN_USE = new ErrorCode(9013, CONFLICT, "字段 code：已有统计表使用这个编号，新活动的模板请换一个编号");
    static final ErrorCode TEMPLATE_TOO_LARGE = new ErrorCode(9014, BAD_REQUEST, "字段 file：模板文件不能超过 64 KB");
    static final ErrorCode TEMPLATE_SHIPPED = new ErrorCode(9015, CONFLICT, "这张统计表随服务发布，不能在这里撤下");
    static final ErrorCode TEMPLATE_SUBMITTED = new ErrorCode(9016, CONFLICT, "已有单位报送了这张统计表，不能撤下");
    static final ErrorCode TEMPLATE_NOT_UTF8 = new ErrorCode(9017, BAD_REQUEST, "字段 file：模板应为 UTF-8 编码的文本文件");
    static final ErrorCode HEADER_REQUIRED = new ErrorCode(9018, BAD_REQUEST, "表头信息未填写完整，请填写后再报送");
    static final ErrorCode BLANK_NOT_PLATFORM = new ErrorCode(9010, BAD_REQUEST, "该空格由工会填写，没有平台记录可查看");

    private StatisticsErrorCodes() {
    }
}
