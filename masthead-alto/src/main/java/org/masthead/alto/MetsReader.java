package org.masthead.alto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.parse.UnusableInputException;

/**
 * Reads an issue METS: NDNP's issue profile (np:issue / np:page divs, MODS per page) and METS with a
 * PHYSICAL and a LOGICAL structMap (Europeana Newspapers / BnL style, and what {@link MetsWriter} writes).
 * File references are resolved against the METS file's folder and must stay inside it: a METS never
 * makes Masthead read elsewhere on the disk or the network.
 */
public final class MetsReader {
    private static final Pattern TRAILING_DATE = Pattern.compile(",?\\s*\\d{4}-\\d{2}-\\d{2}\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,4})");

    private MetsReader() {
    }

    /** Reads the METS file at {@code path}. */
    public static MetsIssue read(Path path) throws IOException, UnusableInputException {
        XmlTree mets;
        try (InputStream in = Files.newInputStream(path)) {
            mets = XmlTree.read(in, path.toString());
        }
        if (!mets.name().equals("mets")) {
            throw new UnusableInputException(path.toString(), "not METS (root <" + mets.name() + ">)");
        }
        return new Pass(path, mets).run();
    }

    private static final class Pass {
        private final Path path;
        private final XmlTree mets;
        private final Map<String, XmlTree> dmd = new HashMap<>();
        private final Map<String, XmlTree> files = new HashMap<>();
        private final Map<String, String> groupUse = new HashMap<>();

        Pass(Path path, XmlTree mets) {
            this.path = path;
            this.mets = mets;
            for (XmlTree section : mets.all("dmdSec")) {
                dmd.put(section.attribute("ID"), section);
            }
            for (XmlTree group : mets.all("fileGrp")) {
                for (XmlTree file : group.children("file")) {
                    groupUse.put(file.attribute("ID"), group.attribute("USE"));
                }
            }
            for (XmlTree file : mets.all("file")) {
                files.put(file.attribute("ID"), file);
            }
        }

        MetsIssue run() throws UnusableInputException {
            List<XmlTree> maps = mets.children("structMap");
            XmlTree physical = maps.stream().filter(m -> !"LOGICAL".equalsIgnoreCase(m.attribute("TYPE")))
                    .findFirst().orElseThrow(() -> bad("no physical structMap"));
            XmlTree logical = maps.stream().filter(m -> "LOGICAL".equalsIgnoreCase(m.attribute("TYPE")))
                    .findFirst().orElse(null);
            List<XmlTree> pageDivs = physical.descendants().filter(d -> d.name().equals("div") && isPage(d))
                    .toList();
            if (pageDivs.isEmpty()) {
                throw bad("no pages in the physical structMap");
            }
            XmlTree issueMods = issueMods(physical, logical);
            List<MetsIssue.PageFiles> pages = new ArrayList<>();
            Map<String, Integer> pageOfFile = new HashMap<>();
            for (XmlTree div : pageDivs) {
                pages.add(page(div, pages.size() + 1));
                for (XmlTree fptr : div.all("fptr")) {
                    pageOfFile.put(fptr.attribute("FILEID"), pages.size() - 1);
                }
                for (XmlTree area : div.all("area")) {
                    pageOfFile.put(area.attribute("FILEID"), pages.size() - 1);
                }
            }
            String title = title(issueMods);
            LocalDate date = date(issueMods);
            return new MetsIssue(path, title, text(issueMods, "identifier", "type", "lccn"), date,
                    integer(detail(issueMods, "edition")), detail(issueMods, "volume"), issueNumber(issueMods),
                    pages, logical == null ? List.of() : articles(logical, pageOfFile));
        }

        private static boolean isPage(XmlTree div) {
            String type = div.attribute("TYPE");
            return type != null && (type.equalsIgnoreCase("page") || type.endsWith(":page"));
        }

        private XmlTree issueMods(XmlTree physical, XmlTree logical) {
            for (XmlTree map : logical == null ? List.of(physical) : List.of(logical, physical)) {
                for (XmlTree div : map.children("div")) {
                    XmlTree mods = mods(div.attribute("DMDID"));
                    if (mods != null && mods.first(e -> e.name().equals("dateIssued")) != null) {
                        return mods;
                    }
                }
            }
            return dmd.values().stream().map(d -> d.first(e -> e.name().equals("mods")))
                    .filter(m -> m != null && m.first(e -> e.name().equals("dateIssued")) != null)
                    .findFirst().orElse(null);
        }

        private XmlTree mods(String dmdIds) {
            if (dmdIds == null) {
                return null;
            }
            for (String id : dmdIds.trim().split("\\s+")) {
                XmlTree section = dmd.get(id);
                XmlTree mods = section == null ? null : section.first(e -> e.name().equals("mods"));
                if (mods != null) {
                    return mods;
                }
            }
            return null;
        }

        private MetsIssue.PageFiles page(XmlTree div, int order) throws UnusableInputException {
            XmlTree mods = mods(div.attribute("DMDID"));
            String label = div.attribute("ORDERLABEL");
            Integer number = integer(mods == null ? null : mods.firstText("start"));
            if (number == null) {
                number = integer(detail(mods, "page number"));
            }
            if (number == null) {
                number = integer(label);
            }
            String altoId = null;
            Path alto = null;
            Path image = null;
            Path pdf = null;
            for (XmlTree fptr : div.descendants().filter(e -> e.name().equals("fptr") || e.name().equals("area"))
                    .toList()) {
                String id = fptr.attribute("FILEID");
                XmlTree file = files.get(id);
                if (file == null) {
                    continue;
                }
                XmlTree locat = file.first(e -> e.name().equals("FLocat"));
                String href = locat == null ? null : locat.attribute("href");
                if (href == null) {
                    continue;
                }
                String use = use(file, groupUse.get(id));
                String lower = href.toLowerCase(Locale.ROOT);
                if (use.contains("ocr") || use.contains("alto") || use.equals("text") || lower.endsWith(".xml")) {
                    if (alto == null) {
                        altoId = id;
                        alto = resolve(href);
                    }
                } else if (lower.endsWith(".pdf")) {
                    pdf = resolve(href);
                } else if (image == null || use.contains("service")) {
                    // NDNP lists the TIFF master, then the JP2 service copy: the service copy is what exists.
                    image = resolve(href);
                }
            }
            return new MetsIssue.PageFiles(number == null ? order : number, label, altoId, alto, image, pdf);
        }

        /** The file's USE, else its group's: NDNP puts it on the file, DFG/ENMAP profiles on the group. */
        private static String use(XmlTree file, String groupUse) {
            String use = file.attribute("USE") != null ? file.attribute("USE") : groupUse;
            return use == null ? "" : use.toLowerCase(Locale.ROOT);
        }

        private Path resolve(String href) throws UnusableInputException {
            if (href.contains(":") || href.startsWith("/") || href.startsWith("\\")) {
                throw bad("file reference outside the issue folder: " + href);
            }
            Path folder = path.toAbsolutePath().getParent().normalize();
            Path resolved = folder.resolve(href).normalize();
            if (!resolved.startsWith(folder)) {
                throw bad("file reference outside the issue folder: " + href);
            }
            return resolved;
        }

        private List<MetsIssue.Article> articles(XmlTree logical, Map<String, Integer> pageOfFile) {
            List<MetsIssue.Article> articles = new ArrayList<>();
            logical.descendants().filter(d -> d.name().equals("div")
                    && "article".equalsIgnoreCase(d.attribute("TYPE"))).forEach(div -> {
                List<MetsIssue.Area> areas = new ArrayList<>();
                for (XmlTree area : div.all("area")) {
                    Integer page = pageOfFile.get(area.attribute("FILEID"));
                    if (page != null && area.attribute("BEGIN") != null) {
                        areas.add(new MetsIssue.Area(page, area.attribute("BEGIN")));
                    }
                }
                XmlTree mods = mods(div.attribute("DMDID"));
                String title = modsTitle(mods);
                articles.add(new MetsIssue.Article(div.attribute("ID"), title != null ? title : div.attribute("LABEL"),
                        areas));
            });
            return articles;
        }

        private String title(XmlTree issueMods) {
            String title = modsTitle(issueMods);
            String label = mets.attribute("LABEL");
            if (title == null && label != null) {
                title = TRAILING_DATE.matcher(label).replaceFirst("").strip();
            }
            return title;
        }

        private static String modsTitle(XmlTree mods) {
            XmlTree info = mods == null ? null : mods.first(e -> e.name().equals("titleInfo"));
            if (info == null || info.firstText("title") == null) {
                return null;
            }
            String nonSort = info.firstText("nonSort");
            return (nonSort == null ? "" : nonSort + " ") + info.firstText("title");
        }

        private LocalDate date(XmlTree mods) throws UnusableInputException {
            String text = mods == null ? null : mods.firstText("dateIssued");
            if (text == null) {
                throw bad("no dateIssued in the issue MODS");
            }
            try {
                return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
            } catch (DateTimeParseException e) {
                throw bad("dateIssued \"" + text + "\" is not an ISO date");
            }
        }

        private static String detail(XmlTree mods, String type) {
            if (mods == null) {
                return null;
            }
            XmlTree detail = mods.first(e -> e.name().equals("detail") && type.equals(e.attribute("type")));
            return detail == null ? null : detail.firstText("number");
        }

        private static String issueNumber(XmlTree mods) {
            String number = detail(mods, "issue");
            if (number == null && mods != null) {
                XmlTree info = mods.first(e -> e.name().equals("titleInfo"));
                number = info == null ? null : info.firstText("partNumber");
            }
            return number;
        }

        private static String text(XmlTree mods, String element, String attribute, String value) {
            if (mods == null) {
                return null;
            }
            XmlTree found = mods.first(e -> e.name().equals(element) && value.equals(e.attribute(attribute)));
            return found == null || found.text().isEmpty() ? null : found.text();
        }

        private static Integer integer(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = LEADING_NUMBER.matcher(text);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        private UnusableInputException bad(String reason) {
            return new UnusableInputException(path.toString(), reason);
        }
    }
}
