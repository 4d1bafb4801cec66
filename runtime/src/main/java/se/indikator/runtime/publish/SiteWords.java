package se.indikator.runtime.publish;

import java.util.Map;

/**
 * The words of a published site that are its own (navigation, headings, filters, notes) in Swedish and
 * English; the words of the tables themselves (headers, comparison words, measures) come from
 * {@link se.indikator.runtime.result.Wording}, as everywhere else.
 */
public final class SiteWords {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("site", new String[] {"Indikatorer för jämlik vård", "Indicators of equitable care"}),
            Map.entry("start", new String[] {"Start", "Start"}),
            Map.entry("skip", new String[] {"Hoppa till innehållet", "Skip to the content"}),
            Map.entry("nav", new String[] {"Webbplatsen", "The site"}),
            Map.entry("intro", new String[] {
                "Indikatorerna per område och dimension av god vård. Varje indikator har en sida med regionerna "
                        + "jämförda med riket, kartan, utvecklingen över tid och redovisningen per grupp; varje region "
                        + "har en sida med sin profil.",
                "The indicators by area and dimension of good care. Each indicator has a page with the regions "
                        + "compared with the whole country, the map, the trend and the figures by group; each region "
                        + "has a page with its profile."}),
            Map.entry("indicators", new String[] {"Indikatorer", "Indicators"}),
            Map.entry("indicator", new String[] {"Indikator", "Indicator"}),
            Map.entry("area", new String[] {"Område", "Area"}),
            Map.entry("no area", new String[] {"Övrigt", "Other"}),
            Map.entry("dimension", new String[] {"Dimension av god vård", "Dimension of good care"}),
            Map.entry("by dimension", new String[] {"Per dimension av god vård", "By dimension of good care"}),
            Map.entry("measure", new String[] {"Mått", "Measure"}),
            Map.entry("regions", new String[] {"Regioner", "Regions"}),
            Map.entry("definitions", new String[] {"Definitioner", "Definitions"}),
            Map.entry("definition", new String[] {"Definition", "Definition"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("choose", new String[] {"Välj urval", "Choose the selection"}),
            Map.entry("year", new String[] {"År", "Year"}),
            Map.entry("all", new String[] {"Alla", "All"}),
            Map.entry("whole period", new String[] {"hela perioden", "the whole period"}),
            Map.entry("ranked", new String[] {"Regionerna rangordnade", "The regions ranked"}),
            Map.entry("ranked alt", new String[] {"Diagram över regionernas värden i rangordning med konfidensintervall "
                    + "och rikets värde; värdena står i tabellen.", "Chart of the regions' values in rank order with "
                    + "confidence intervals and the whole country's value; the values are in the table."}),
            Map.entry("rank", new String[] {"Rang", "Rank"}),
            Map.entry("map", new String[] {"Karta", "Map"}),
            Map.entry("map alt", new String[] {"Karta över regionerna, färgade efter jämförelsen med riket; "
                    + "värdena står i tabellen.", "Map of the regions, coloured by the comparison with the whole "
                    + "country; the values are in the table."}),
            Map.entry("trend", new String[] {"Utveckling över tid", "Trend over time"}),
            Map.entry("trend alt", new String[] {"Diagram över utvecklingen över tid med konfidensintervall; "
                    + "värdena står i tabellen.", "Chart of the trend over time with confidence intervals; the "
                    + "values are in the table."}),
            Map.entry("groups", new String[] {"Per grupp", "By group"}),
            Map.entry("profile", new String[] {"Profil jämfört med riket", "Profile against the whole country"}),
            Map.entry("downloads", new String[] {"Ladda ner", "Download"}),
            Map.entry("download csv", new String[] {"Tabell som CSV", "Table as CSV"}),
            Map.entry("download xlsx", new String[] {"Alla tabeller på sidan som Excel-fil", "All the page's tables as an Excel workbook"}),
            Map.entry("country", new String[] {"Riket", "National"}),
            Map.entry("legend", new String[] {"Förklaring", "Legend"}),
            Map.entry("hidden", new String[] {"Värden som inte visas är skyddade av röjandekontroll eller bygger på för få fall.",
                "Values not shown are protected by disclosure control or rest on too few cases."}),
            Map.entry("not shown", new String[] {"visas inte", "not shown"}));

    private final boolean swedish;

    public SiteWords(boolean swedish) {
        this.swedish = swedish;
    }

    public boolean swedish() {
        return swedish;
    }

    /** The site's word for {@code key} in its language. */
    public String get(String key) {
        String[] w = WORDS.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no site word " + key);
        }
        return w[swedish ? 0 : 1];
    }

    /** The language's tag for the {@code lang} attribute. */
    public String tag() {
        return swedish ? "sv" : "en";
    }
}
