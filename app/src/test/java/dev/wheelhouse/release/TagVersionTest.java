package dev.wheelhouse.release;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TagVersionTest {

    @ParameterizedTest
    @CsvSource({"v0.9.0,0.9.0", "0.9.0,0.9.0", "release-1.2,1.2", "satkit-v2.0.0rc1,2.0.0rc1", "v1.0.0-rc.1,1.0.0-rc.1",
            "v3.1.post2,3.1.post2", "nightly,"})
    void theVersionATagNames(String tag, String version) {
        assertEquals(Optional.ofNullable(version), TagVersion.of(tag));
    }

    @ParameterizedTest
    @CsvSource({"1.0,1.0.0,true", "1.0.0-rc1,1.0.0rc1,true", "1.0.0.RC1,1.0.0rc1,true", "2.0a1,2.0.0alpha1,true",
            "1.0.post1,1.0-rev1,true", "0.9.0,0.9.1,false", "1.0rc1,1.0,false", "1.0+local,1.0,false",
            "v1.10,1.1,false"})
    void pep440Equality(String a, String b, boolean same) {
        assertEquals(same, TagVersion.same(a, b));
    }
}
