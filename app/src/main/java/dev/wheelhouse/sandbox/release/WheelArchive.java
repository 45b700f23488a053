package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.Platform;
import dev.wheelhouse.cibw.WheelFileName;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a real, installable-looking wheel: the package with its compiled extension (random bytes of the
 * requested size, as incompressible as machine code mostly is), then {@code .dist-info/METADATA}, {@code WHEEL}
 * and {@code RECORD} last, as {@code bdist_wheel} lays a wheel out. Name, version and tags inside agree with the
 * file name; RECORD holds every file's SHA-256 and size.
 */
final class WheelArchive {

    private static final int CHUNK = 64 * 1024;

    private WheelArchive() {
    }

    /**
     * @param projectName the name as {@code pyproject.toml} writes it (METADATA's {@code Name})
     * @param version     the version (METADATA's {@code Version})
     * @param extension   bytes of the compiled extension module
     */
    static void write(OutputStream target, String projectName, String version, WheelFileName name,
                      BuildIdentifier identifier, long extension, long seed) throws IOException {
        String pkg = WheelFileName.escapeName(projectName);
        String distInfo = name.distribution() + "-" + name.version() + ".dist-info/";
        List<String> record = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(target));
        put(zip, record, pkg + "/__init__.py", ("from ." + pkg + " import *\n").getBytes(StandardCharsets.UTF_8));
        String module = pkg + "/" + pkg + suffix(identifier);
        zip.setLevel(Deflater.NO_COMPRESSION);
        zip.putNextEntry(new ZipEntry(module));
        MessageDigest sha = sha256();
        SplittableRandom random = new SplittableRandom(seed);
        byte[] chunk = new byte[CHUNK];
        long left = extension;
        while (left > 0) {
            int n = (int) Math.min(CHUNK, left);
            random.nextBytes(chunk);
            zip.write(chunk, 0, n);
            sha.update(chunk, 0, n);
            left -= n;
        }
        zip.closeEntry();
        record.add(module + ",sha256=" + b64(sha.digest()) + "," + extension);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        put(zip, record, distInfo + "METADATA", metadata(projectName, version, identifier));
        StringBuilder wheel = new StringBuilder("Wheel-Version: 1.0\nGenerator: setuptools (80.9.0)\nRoot-Is-Purelib: false\n");
        name.tags().forEach(t -> wheel.append("Tag: ").append(t).append('\n'));
        put(zip, record, distInfo + "WHEEL", wheel.toString().getBytes(StandardCharsets.UTF_8));
        record.add(distInfo + "RECORD,,");
        zip.putNextEntry(new ZipEntry(distInfo + "RECORD"));
        zip.write((String.join("\n", record) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** The extension module's file name suffix CPython looks for on that platform. */
    static String suffix(BuildIdentifier id) {
        String abi = id.pythonMajor() + "" + id.pythonMinor() + (id.freeThreaded() ? "t" : "");
        String arch = id.architecture().map(Object::toString).orElse("x86_64");
        if (id.platform() == Platform.WINDOWS) {
            return ".cp" + abi + "-" + id.platformTag() + ".pyd";
        }
        if (id.platform() == Platform.MACOS) {
            return ".cpython-" + abi + "-darwin.so";
        }
        return ".cpython-" + abi + "-" + arch + "-linux-" + (id.musllinux() ? "musl" : "gnu") + ".so";
    }

    private static byte[] metadata(String projectName, String version, BuildIdentifier identifier) {
        String text = "Metadata-Version: 2.4\nName: " + projectName + "\nVersion: " + version
                + "\nSummary: Satellite Orbital Dynamics Toolkit\nRequires-Python: >=3.10\n"
                + "Requires-Dist: numpy>=1.0.0\nRequires-Dist: satkit-data>=0.7.0\n"
                + "Classifier: Programming Language :: Python :: " + identifier.pythonMajor() + "."
                + identifier.pythonMinor() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, List<String> record, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        record.add(path + ",sha256=" + b64(sha256().digest(content)) + "," + content.length);
    }

    private static String b64(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The zip's {@code finish()} must not close the stream it writes into. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
