package cn.safetymonth.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The children's sheet names each column by the words before its blank, whole, as the form says them. */
class ExportLabelsTest {

    @Test
    void theClauseBeforeABlankIsKeptWholeFromItsFirstWord() {
        assertThat(ExportService.clause("组织“安全生产微课堂”“参观见学”“班前会”等活动（")).isEqualTo("组织“安全生产微课堂”“参观见学”“班前会”等活动");
        assertThat(ExportService.clause("组织理论学习（ 3 ）场；开展宣讲活动（")).isEqualTo("开展宣讲活动");
        assertThat(ExportService.clause("）场，参与（")).isEqualTo("参与");
    }

    @Test
    void aLongClauseIsNeverCut() {
        assertThat(ExportService.clause("参加".repeat(30) + "（")).isEqualTo("参加".repeat(30));
    }
}
