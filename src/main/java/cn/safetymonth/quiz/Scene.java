package cn.safetymonth.quiz;

/** The five scenes of the national quiz, in the notice's order. */
public enum Scene {
    ENTERPRISE("企业"),
    RURAL("农村"),
    COMMUNITY("社区"),
    SCHOOL("学校"),
    FAMILY("家庭");

    private final String label;

    Scene(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
