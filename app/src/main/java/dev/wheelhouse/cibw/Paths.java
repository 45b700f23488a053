package dev.wheelhouse.cibw;

/** Workspace-relative paths as workflows write them: {@code ./wheelhouse/}, {@code wheelhouse}, {@code .\dist}. */
final class Paths {

    private Paths() {
    }

    /** Forward slashes, no leading {@code ./}, no trailing slash; {@code .} for the workspace itself. */
    static String clean(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        p = p.replace("/./", "/");
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "." : p;
    }
}
