package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HatchTest {
    /** The vector path parsed (it uses only M, H, V, L and Z, absolute). */
    static Path2D.Double path(String d) {
        Path2D.Double p = new Path2D.Double();
        String[] tok = d.replace("M", " M ").replace("H", " H ").replace("V", " V ").replace("L", " L ")
                .replace("Z", " Z ").trim().split("\\s+");
        double x = 0;
        double y = 0;
        for (int i = 0; i < tok.length; i++) {
            switch (tok[i]) {
                case "M" -> p.moveTo(x = Double.parseDouble(tok[++i]), y = Double.parseDouble(tok[++i]));
                case "L" -> p.lineTo(x = Double.parseDouble(tok[++i]), y = Double.parseDouble(tok[++i]));
                case "H" -> p.lineTo(x = Double.parseDouble(tok[++i]), y);
                case "V" -> p.lineTo(x, y = Double.parseDouble(tok[++i]));
                case "Z" -> p.closePath();
                default -> throw new IllegalArgumentException(tok[i]);
            }
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Hatch.class)
    void theVectorTileInksWhatThePixelTileInks(Hatch h) {
        int k = 5;
        int n = Hatch.TILE * k;
        Path2D.Double p = path(h.vectorPath().isEmpty() ? "M0 0Z" : h.vectorPath());
        int agree = 0;
        int inked = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean pixel = h.ink(x, y, k);
                boolean vector = p.contains((x + 0.5) / k, (y + 0.5) / k);
                agree += pixel == vector ? 1 : 0;
                inked += pixel ? 1 : 0;
            }
        }
        assertTrue(agree >= n * n * 0.95, h + ": " + agree + " of " + n * n + " pixels agree");
        assertTrue(h == Hatch.NONE || inked > 0);
    }

    @Test
    void everyHatchButNoneHasAPath() {
        for (Hatch h : Hatch.values()) {
            assertTrue(h == Hatch.NONE ? h.vectorPath().isEmpty() : !h.vectorPath().isEmpty(), h.name());
        }
    }
}
