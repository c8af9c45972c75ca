package cn.safetymonth.storage.images;

import org.springframework.stereotype.Component;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Noto Sans SC, loaded from the jar (the build unpacks it into fonts/): servers rarely have a CJK font
 * installed, and Java2D silently draws boxes for every Chinese character when none is there. A missing
 * font stops the start instead of producing certificates full of boxes.
 */
@Component
public class CjkFonts {

    static final String REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/fonts/NotoSansSC_700Bold.ttf";

    private final Font regular;
    private final Font bold;

    public CjkFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    public Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        return bold.deriveFont(Font.PLAIN, size);
    }

    private static Font load(String resource) {
        try (InputStream in = CjkFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: build with Maven, which fetches the CJK font");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the CJK font " + resource, e);
        }
    }
}
