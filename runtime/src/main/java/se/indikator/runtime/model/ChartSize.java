package se.indikator.runtime.model;

/**
 * The size of charts as laid out (width and height in points, 1/96 inch, as on a screen) and the resolution
 * their PNG files are rendered at: at 300 dpi a 900×520 chart becomes a 2813×1625 pixel PNG of the same
 * layout, and the SVG keeps the laid-out size. {@code set chart size 1600x900} and {@code set chart dpi 300}.
 */
public record ChartSize(int width, int height, int dpi) {
    /** The screen size: 900×520 at 96 dpi. */
    public static final ChartSize DEFAULT = new ChartSize(900, 520, 96);
    /** The smallest and largest side, and the resolutions, that charts accept. */
    public static final int MIN_SIDE = 300;
    public static final int MAX_SIDE = 4000;
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;

    /** The factor from layout points to PNG pixels. */
    public double scale() {
        return dpi / 96.0;
    }

    /** This size with another width and height. */
    public ChartSize withSize(int w, int h) {
        return new ChartSize(w, h, dpi);
    }

    /** This size at another resolution. */
    public ChartSize withDpi(int d) {
        return new ChartSize(width, height, d);
    }
}
