package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PEP 427 file names, compressed tag sets, platforms and what a build identifier's wheel must carry. */
class WheelFileNameTest {

    @Test
    void aCompressedManylinuxNameStandsForEachOfItsTags() {
        WheelFileName name = WheelFileName.parse(
                "satkit-0.9.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl").orElseThrow();
        assertEquals("satkit", name.distribution());
        assertEquals("0.9.0", name.version());
        assertEquals(List.of("cp312-cp312-manylinux_2_17_x86_64", "cp312-cp312-manylinux2014_x86_64"),
                name.tags().stream().map(WheelFileName.Tag::toString).toList());
        assertEquals("satkit-0.9.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", name.toString());
    }

    @Test
    void aBuildTagIsKeptAndPyTwoPyThreeExpands() {
        WheelFileName name = WheelFileName.parse("six-1.16.0-1-py2.py3-none-any.whl").orElseThrow();
        assertEquals(Optional.of("1"), name.build());
        assertEquals(2, name.tags().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"satkit-0.9.0.tar.gz", "satkit-0.9.0-cp312-win_amd64.whl", "a--cp312-cp312-any.whl",
            "p-1-x-cp312-cp312-any.whl", "p-1-2-3-4-5-6.whl"})
    void namesThatAreNoWheelsAreRefused(String fileName) {
        assertEquals(Optional.empty(), WheelFileName.parse(fileName));
    }

    @Test
    void escapingFollowsTheNormalisedProjectName() {
        assertEquals("my_package", WheelFileName.escapeName("My.Package"));
        assertEquals("a_b_c", WheelFileName.escapeName("A-_.B.C"));
        assertEquals("1.0_rc1", WheelFileName.escapeVersion("1.0-rc1"));
    }

    @ParameterizedTest
    @CsvSource({"manylinux2014_aarch64,manylinux,aarch64,glibc 2.17,manylinux_2_17_aarch64",
            "manylinux_2_28_x86_64,manylinux,x86_64,glibc 2.28,manylinux_2_28_x86_64",
            "musllinux_1_2_x86_64,musllinux,x86_64,musl 1.2,musllinux_1_2_x86_64",
            "macosx_10_12_universal2,macosx,universal2,macOS 10.12,macosx_10_12_universal2",
            "win32,win,x86,,win32"})
    void platformTagsAndTheirPolicyAliases(String tag, String family, String arch, String oldest, String pep600) {
        WheelPlatform platform = WheelPlatform.parse(tag).orElseThrow();
        assertEquals(family, platform.family());
        assertEquals(arch, platform.arch());
        assertEquals(oldest == null ? "" : oldest, platform.oldestSystem());
        assertEquals(pep600, platform.tag());
    }

    @ParameterizedTest
    @CsvSource({
            "cp313-manylinux_x86_64, satkit-1-cp313-cp313-manylinux_2_17_x86_64.manylinux2014_x86_64.whl, MATCHES",
            "cp314-manylinux_x86_64, satkit-1-cp313-cp313-manylinux_2_17_x86_64.whl, WRONG_INTERPRETER",
            "cp313-win_amd64, satkit-1-cp313-cp313-win_arm64.whl, WRONG_PLATFORM",
            "cp313-macosx_arm64, satkit-1-cp313-cp313-macosx_11_0_arm64.whl, MATCHES",
            "cp313-macosx_arm64, satkit-1-cp313-cp313-macosx_10_12_x86_64.whl, WRONG_PLATFORM",
            "cp313-musllinux_x86_64, satkit-1-cp313-cp313-manylinux_2_17_x86_64.whl, WRONG_PLATFORM",
            "cp313-manylinux_x86_64, satkit-1-cp310-abi3-manylinux_2_17_x86_64.whl, MATCHES",
            "cp39-manylinux_x86_64, satkit-1-cp310-abi3-manylinux_2_17_x86_64.whl, WRONG_INTERPRETER",
            "cp313t-manylinux_x86_64, satkit-1-cp310-abi3-manylinux_2_17_x86_64.whl, WRONG_INTERPRETER",
            "cp313t-manylinux_x86_64, satkit-1-cp313-cp313t-manylinux_2_17_x86_64.whl, MATCHES",
            "pp310-manylinux_x86_64, satkit-1-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl, MATCHES",
            "cp312-win_amd64, other-1-cp311-cp311-macosx_11_0_arm64.whl, UNRELATED"})
    void whatAnIdentifiersWheelMustCarry(String identifier, String file, WheelExpectation.Match match) {
        WheelExpectation expected = WheelExpectation.of(BuildIdentifier.parse(identifier)).orElseThrow();
        assertEquals(match, expected.compare(WheelFileName.parse(file).orElseThrow()));
    }
}
