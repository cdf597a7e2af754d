import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws ProcessLab's icon: three process lanes of a timeline, with messages going between them.
 * Run with the JDK's source launcher: {@code java installer/icon/DrawIcon.java OUT.png [SIZE]}.
 */
public final class DrawIcon {
    private static final Color[] LANES = {
        new Color(0x4FD1A5), new Color(0xF6C344), new Color(0xF2766B)};

    public static void main(String[] args) throws IOException {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 0, new Color(0x2C3E66), 0, 256, new Color(0x182238)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double[] start = {40, 76, 58};
        double[] end = {176, 216, 200};
        double[] y = {62, 114, 166};
        for (int i = 0; i < 3; i++) {
            g.setColor(new Color(255, 255, 255, 40));
            g.fill(new RoundRectangle2D.Double(32, y[i], 192, 28, 28, 28));
            g.setColor(LANES[i]);
            g.fill(new RoundRectangle2D.Double(start[i], y[i], end[i] - start[i], 28, 28, 28));
        }

        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        arrow(g, 110, 90, 136, 114);
        arrow(g, 168, 142, 142, 166);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }

    /** A short line from (x1, y1) to (x2, y2) with a head at the end. */
    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        double a = Math.atan2(y2 - y1, x2 - x1);
        double head = 13;
        Path2D p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        p.moveTo(x2 - head * Math.cos(a - Math.PI / 5), y2 - head * Math.sin(a - Math.PI / 5));
        p.lineTo(x2, y2);
        p.lineTo(x2 - head * Math.cos(a + Math.PI / 5), y2 - head * Math.sin(a + Math.PI / 5));
        g.draw(p);
    }
}
