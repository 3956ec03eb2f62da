package org.crossforce.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.geography.Gazetteer.Place;
import org.crossforce.geography.Gazetteer.Precision;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GazetteerTest {

    /** Scotland's areas, Guernsey, Jersey and the Isle of Man: no force of England and Wales polices them. */
    private static final Set<String> BEYOND_ENGLAND_AND_WALES = Set.of("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV",
            "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE", "BT", "GY", "JE", "IM");

    private final Gazetteer areasOnly = new Gazetteer(new GeographyProperties(null));

    @Test
    void aPostcodeIsWrittenInCapitalsWithOneSpaceBeforeTheInwardCode() {
        assertThat(Gazetteer.normalise("m1 1ae")).contains("M1 1AE");
        assertThat(Gazetteer.normalise("M11AE")).contains("M1 1AE");
        assertThat(Gazetteer.normalise("  sw1a   2aa ")).contains("SW1A 2AA");
        assertThat(Gazetteer.normalise("SW1A2AA")).contains("SW1A 2AA");
        assertThat(Gazetteer.normalise("ec1a\u00A01bb")).contains("EC1A 1BB");
        assertThat(Gazetteer.normalise("ct9")).contains("CT9");
        assertThat(Gazetteer.normalise("M1")).contains("M1");
        assertThat(Gazetteer.normalise("m")).contains("M");
        assertThat(Gazetteer.normalise("W1A 1AA")).contains("W1A 1AA");
    }

    @Test
    void anythingNotShapedLikeAPostcodeIsNone() {
        for (String text : new String[] { "12345", "M1 1A", "hello", "", "  ", "M1 1AE X", "CT9 22RN", "1M 1AE",
                "ABC1 1AA", "M1 AAA" }) {
            assertThat(Gazetteer.normalise(text)).as(text).isEmpty();
        }
        assertThat(Gazetteer.normalise(null)).isEmpty();
    }

    @Test
    void withoutADirectoryAPostcodeIsPlacedAtItsAreasPostTown() {
        Place place = areasOnly.find("m1 1ae").orElseThrow();

        assertThat(place).isEqualTo(new Place("m1 1ae", "M1 1AE", "the Manchester postcode area (M)", 53.4808, -2.2426,
                Precision.AREA));
        assertThat(place.approximate()).isTrue();
        assertThat(areasOnly.find("CT9").orElseThrow().label()).isEqualTo("the Canterbury postcode area (CT)");
        assertThat(areasOnly.find("EC").orElseThrow().postcode()).isEqualTo("EC");
        assertThat(areasOnly.find("EC1A 1BB").orElseThrow().latitude()).isEqualTo(51.5155);
        assertThat(areasOnly.find("E1 6AN").orElseThrow().label()).isEqualTo("the London postcode area (E)");
    }

    @Test
    void anAreaTheUkHasNotIsNowhere() {
        assertThat(areasOnly.find("QQ1 1AA")).isEmpty();
        assertThat(areasOnly.find("XX")).isEmpty();
        assertThat(areasOnly.find("hello")).isEmpty();
    }

    @Test
    void everyAreaIsKnownOnce() {
        Map<String, PostcodeArea> areas = PostcodeArea.all();

        assertThat(areas).hasSize(124).containsKeys("AB", "AL", "B", "BA", "BT", "E", "EC", "GY", "IM", "JE", "N", "NW",
                "SE", "SW", "W", "WC", "ZE");
        areas.values().forEach(a -> assertThat(NationalGrid.covers(a.latitude(), a.longitude())
                || Set.of("BT", "GY", "JE").contains(a.code())).as(a.code()).isTrue());
    }

    @Test
    void everyAreaOfEnglandAndWalesRoutesToAForce() {
        ForceBoundaries forces = new ForceBoundaries();

        PostcodeArea.all().values().forEach(a -> {
            Optional<ForceCode> force = forces.at(a.latitude(), a.longitude());
            if (BEYOND_ENGLAND_AND_WALES.contains(a.code())) {
                // Northern Ireland's force has its area in the boundaries too.
                assertThat(force).as(a.code()).isEqualTo(a.code().equals("BT")
                        ? Optional.of(ForceCode.of("northern-ireland")) : Optional.empty());
            } else {
                assertThat(force).as(a.code() + " " + a.town()).isPresent();
            }
        });
    }

    @Test
    void anAreaRoutesToTheForceThatPolicesItsPostTown() {
        ForceBoundaries forces = new ForceBoundaries();
        Map<String, String> expected = Map.ofEntries(Map.entry("M", "greater-manchester"), Map.entry("CT", "kent"),
                Map.entry("ME", "kent"), Map.entry("EC", "city-of-london"), Map.entry("WC", "metropolitan"),
                Map.entry("E", "metropolitan"), Map.entry("CF", "south-wales"), Map.entry("NP", "gwent"),
                Map.entry("LD", "dyfed-powys"), Map.entry("LL", "north-wales"), Map.entry("B", "west-midlands"),
                Map.entry("L", "merseyside"), Map.entry("NE", "northumbria"), Map.entry("TS", "cleveland"),
                Map.entry("DL", "durham"), Map.entry("EX", "devon-and-cornwall"), Map.entry("MK", "thames-valley"),
                Map.entry("SY", "west-mercia"), Map.entry("TA", "avon-and-somerset"), Map.entry("SS", "essex"),
                Map.entry("RH", "surrey"), Map.entry("CA", "cumbria"));
        Map<String, PostcodeArea> areas = PostcodeArea.all();

        expected.forEach((area, force) -> assertThat(forces.at(areas.get(area).latitude(), areas.get(area).longitude()))
                .as(area).contains(ForceCode.of(force)));
        assertThat(areasOnly.find("EH1 1YZ").map(p -> forces.at(p.latitude(), p.longitude()))).contains(Optional.empty());
    }

    @Test
    void aDirectoryPlacesAPostcodeAtItsOwnPointAndADistrictAtItsCentroid(@TempDir Path dir) throws IOException {
        // The ONS Postcode Directory's shape: pcd padded to seven, pcds as written, lat and long
        // among other columns; 99.999999 where a postcode has no grid reference.
        Path onspd = dir.resolve("ONSPD.csv");
        Files.writeString(onspd, """
                \uFEFFpcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,lat,long,pfa
                "M1  1AE","M1   1AE","M1 1AE","198001","","384468","398011",53.477800,-2.230600,"E23000005"
                "M1  1AF","M1   1AF","M1 1AF","198001","","384500","398100",53.481800,-2.234600,"E23000005"
                "M1  9ZZ","M1   9ZZ","M1 9ZZ","199001","","","",99.999999,0.000000,""
                "M2  1AA","M2   1AA","M2 1AA","198001","","383900","398300",53.480000,-2.244000,"E23000005"
                "SW1A2AA","SW1A 2AA","SW1A 2AA","198001","","530047","179951",51.503396,-0.127640,"E23000001"
                "M1  1AE","M1   1AE","M1 1AE","198001","","0","0",50.000000,0.000000,""
                """);
        Gazetteer gazetteer = new Gazetteer(new GeographyProperties(onspd));

        Place exact = gazetteer.find("sw1a2aa").orElseThrow();
        assertThat(exact).isEqualTo(new Place("sw1a2aa", "SW1A 2AA", "SW1A 2AA", 51.503396, -0.12764, Precision.POSTCODE));
        assertThat(exact.approximate()).isFalse();
        assertThat(gazetteer.find("M1 1AE").orElseThrow().latitude()).as("the first row of a postcode stands")
                .isEqualTo(53.4778);

        Place district = gazetteer.find("M1").orElseThrow();
        assertThat(district.precision()).isEqualTo(Precision.DISTRICT);
        assertThat(district.label()).isEqualTo("the M1 postcode district");
        assertThat(district.latitude()).isCloseTo(53.4798, within(1e-5));
        assertThat(district.longitude()).isCloseTo(-2.2326, within(1e-5));

        Place noGridReference = gazetteer.find("M1 9ZZ").orElseThrow();
        assertThat(noGridReference.precision()).as("skipped, so its district").isEqualTo(Precision.DISTRICT);
        assertThat(noGridReference.postcode()).isEqualTo("M1 9ZZ");
        assertThat(gazetteer.find("M3 1AA").orElseThrow().precision()).as("a district not in the directory")
                .isEqualTo(Precision.AREA);
        assertThat(gazetteer.find("M").orElseThrow().precision()).isEqualTo(Precision.AREA);
    }

    @Test
    void theDirectoryIsPacked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("postcodes.csv");
        Files.writeString(file, """
                Postcode,Latitude,Longitude
                ZE2 9AA,60.1,-1.2
                A1 1AA,51.0,0.0
                AB99 9ZZ,57.0,-2.0
                bad,1,1
                CT9 1AA,,
                """);
        PostcodeDirectory directory = PostcodeDirectory.read(file);

        assertThat(directory.size()).isEqualTo(3);
        assertThat(directory.districts()).isEqualTo(3);
        assertThat(directory.skipped()).isEqualTo(2);
        assertThat(directory.postcode("ZE2", "9AA")).contains(new PostcodeDirectory.Point(60.1, -1.2));
        assertThat(directory.postcode("AB99", "9ZZ")).contains(new PostcodeDirectory.Point(57.0, -2.0));
        assertThat(directory.postcode("A1", "1AB")).isEmpty();
        assertThat(directory.district("A1")).contains(new PostcodeDirectory.Point(51.0, 0.0));
        assertThat(directory.district("A11")).isEmpty();
    }

    @Test
    void aDirectoryThatCannotBeReadStopsStartUpNamingTheSetting(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> new Gazetteer(new GeographyProperties(dir.resolve("missing.csv"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("crossforce.geography.postcodes")
                .hasMessageContaining("missing.csv");

        Path noPostcodes = Files.writeString(dir.resolve("places.csv"), "name,lat,long\nHere,51,0\n");
        assertThatThrownBy(() -> new Gazetteer(new GeographyProperties(noPostcodes)))
                .hasMessageContaining("crossforce.geography.postcodes").hasMessageContaining("pcds, pcd, postcode");
    }

    @Test
    void anEmptySettingIsNoDirectory() {
        GeographyProperties settings = new Binder(new MapConfigurationPropertySource(
                Map.of("crossforce.geography.postcodes", ""))).bindOrCreate("crossforce.geography", GeographyProperties.class);

        assertThat(settings.postcodes()).isNull();
    }
}
