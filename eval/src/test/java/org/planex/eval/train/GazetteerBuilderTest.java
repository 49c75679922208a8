package org.planex.eval.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both gazetteers, in the layout of ../shared/data, reduced to units by era, province and type. */
class GazetteerBuilderTest {

  @Test
  void unitsAreGroupedByEraProvinceAndTypeWithPrefixesSplitOff(@TempDir Path data) throws Exception {
    Path json = data.resolve(GazetteerBuilder.UNITS_2025);
    Files.createDirectories(json.getParent());
    Files.writeString(json, """
        [{"Code": "01", "FullName": "Thành phố Hà Nội", "Wards": [
          {"Code": "1", "FullName": "Xã Phú Xuyên", "ProvinceCode": "01"},
          {"Code": "2", "FullName": "Phường Hà Đông", "ProvinceCode": "01"}]}]
        """, StandardCharsets.UTF_8);
    Path tsv = data.resolve(GazetteerBuilder.UNITS_PRE_2025);
    Files.createDirectories(tsv.getParent());
    Files.writeString(tsv, String.join("\n", "level\tid\ttype\tname\tparent_path",
        "1\t01\tThành phố Trung ương\tThành phố Hà Nội\t",
        "2\t268\tQuận\tQuận Hà Đông\tThành phố Hà Nội",
        "3\t09552\tPhường\tPhường Mộ Lao\tQuận Hà Đông / Thành phố Hà Nội",
        "3\t09553\tPhường\tPhường Quang Trung\tQuận Hà Đông / Thành phố Hà Nội"), StandardCharsets.UTF_8);
    Path out = data.resolve("gazetteer.tsv");
    assertEquals(5, GazetteerBuilder.read(data).write(out));
    List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(List.of("2025\tHà Nội\tphường\tHà Đông", "2025\tHà Nội\txã\tPhú Xuyên",
        "pre-2025\tHà Nội\tphường\tMộ Lao|Quang Trung", "pre-2025\tHà Nội\tquận\tHà Đông"), rows);
  }
}
