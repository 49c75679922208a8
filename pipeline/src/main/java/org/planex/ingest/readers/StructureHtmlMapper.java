package org.planex.ingest.readers;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping, plus what plan structure needs and it drops: bold and italic (heading hints)
 * and the {@code rowspan}/{@code colspan} of table cells (without them merged cells shift whole columns).
 */
final class StructureHtmlMapper extends DefaultHtmlMapper {

  private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em");
  private static final Set<String> SPANS = Set.of("rowspan", "colspan");

  @Override
  public String mapSafeElement(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EMPHASIS.contains(lower) ? lower : super.mapSafeElement(name);
  }

  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    String element = elementName.toLowerCase(Locale.ROOT);
    String attribute = attributeName.toLowerCase(Locale.ROOT);
    if ((element.equals("td") || element.equals("th")) && SPANS.contains(attribute)) {
      return attribute;
    }
    return super.mapSafeAttribute(elementName, attributeName);
  }
}
