package org.masthead.pdf;

import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints a PDF's layout as the stages see it: for looking at pages while developing. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            try (PDDocument document = Loader.loadPDF(new File(name))) {
                for (var page : document.getPages()) {
                    PageLayout layout = PdfLayout.of(page);
                    System.out.println("== " + name);
                    layout.head().forEach(b -> System.out.println("HEAD " + b.text()));
                    for (Area area : layout.areas()) {
                        System.out.println("-- area " + area.region() + " body " + layout.body());
                        for (Area.Part part : area.parts()) {
                            System.out.println("  " + part.role() + " " + part.text());
                            if (System.getenv("LINES") != null) {
                                for (TextLine line : part.lines()) {
                                    System.out.printf("      %.0f,%.0f-%.0f %.1f%s [%s] %s%n", line.x(), line.box().y(), line.box().right(), line.size(), line.bold() ? "b" : "", line.face(), line.text());
                                }
                            }
                        }
                    }
                    layout.foot().forEach(b -> System.out.println("FOOT " + b.text()));
                }
            }
        }
    }
}
