package org.strengthslint.cli.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes one small document of each office format the command reads, from the text of an example,
 * for the launcher's class data sharing training run ({@code strengths-lint} at the repository
 * root): the training checks them so that the archive holds each format's parser. Run by the
 * cli build in the package phase (exec-maven-plugin), into {@code cli/target/cds-training}.
 *
 * <p>DOCX and PPTX are written by POI, PDF by PDFBox (the libraries that read them), and the text
 * formats and OpenDocument's zip of XML directly. DOC and MSG are left out: POI reads them but
 * cannot make them, and hand-made binary files would be fixtures by another name.
 */
public final class TrainingDocuments {
    private TrainingDocuments() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainingDocuments EXAMPLE.md FOLDER");
            System.exit(2);
        }
        List<String> paragraphs = paragraphs(Files.readString(Path.of(args[0])));
        Path folder = Files.createDirectories(Path.of(args[1]));
        docx(paragraphs, folder.resolve("letter.docx"));
        pptx(paragraphs, folder.resolve("letter.pptx"));
        pdf(paragraphs, folder.resolve("letter.pdf"));
        openDocument(paragraphs, folder.resolve("letter.odt"), false);
        openDocument(paragraphs, folder.resolve("letter.odp"), true);
        Files.writeString(folder.resolve("letter.rtf"), rtf(paragraphs), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("letter.html"), html(paragraphs), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("letter.eml"), eml(paragraphs), StandardCharsets.UTF_8);
    }

    /** The example's paragraphs (blank-line separated), without its front matter and Markdown marks. */
    static List<String> paragraphs(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 4);
            text = end < 0 ? text : text.substring(end + 5);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            String paragraph = block.replaceAll("(?m)^#+\\s*|^[-*]\\s+", "")
                    .replace("**", "")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    private static void docx(List<String> paragraphs, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
    }

    private static void pptx(List<String> paragraphs, Path file) throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow();
                OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                XSLFTextBox box = slides.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(40, 40, 640, 400));
                box.setText(paragraph);
            }
            slides.write(out);
        }
    }

    private static void pdf(List<String> paragraphs, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            PDPage page = null;
            PDPageContentStream content = null;
            int lines = 0;
            for (String paragraph : paragraphs) {
                for (String line : wrap(ascii(paragraph), 90)) {
                    if (content == null || lines == 45) {
                        if (content != null) {
                            content.endText();
                            content.close();
                        }
                        page = new PDPage();
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        content.beginText();
                        content.setFont(font, 11);
                        content.setLeading(15);
                        content.newLineAtOffset(50, 740);
                        lines = 0;
                    }
                    content.showText(line);
                    content.newLine();
                    lines++;
                }
                content.newLine();
                lines++;
            }
            if (content != null) {
                content.endText();
                content.close();
            }
            document.save(file.toFile());
        }
    }

    /** The standard PDF fonts have no glyphs beyond Latin-1; the training needs the parser, not every letter. */
    private static String ascii(String text) {
        return text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A minimal OpenDocument text or presentation: the stored mimetype first, the content, the manifest. */
    private static void openDocument(List<String> paragraphs, Path file, boolean presentation) throws IOException {
        String mimetype = "application/vnd.oasis.opendocument." + (presentation ? "presentation" : "text");
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            String p = "<text:p>" + xml(paragraph) + "</text:p>";
            body.append(
                    presentation
                            ? "<draw:page draw:name=\"page\"><draw:frame svg:width=\"20cm\" svg:height=\"10cm\""
                                    + " svg:x=\"1cm\" svg:y=\"1cm\"><draw:text-box>" + p
                                    + "</draw:text-box></draw:frame></draw:page>"
                            : p);
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">"
                + "<office:body><office:" + (presentation ? "presentation" : "text") + ">" + body
                + "</office:" + (presentation ? "presentation" : "text")
                + "></office:body></office:document-content>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>\n";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry stored = new ZipEntry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String rtf(List<String> paragraphs) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs22\n");
        for (String paragraph : paragraphs) {
            for (char c : paragraph.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else if (c > 126) {
                    rtf.append("\\u").append((int) (short) c).append('?');
                } else {
                    rtf.append(c);
                }
            }
            rtf.append("\\par\n");
        }
        return rtf.append("}\n").toString();
    }

    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Letter</title></head><body>\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(xml(paragraph)).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String eml(List<String> paragraphs) {
        return "From: Harbour House <office@example.org>\r\nTo: Support team <team@example.org>\r\n"
                + "Subject: Letter\r\nDate: Mon, 9 Mar 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + String.join("\r\n\r\n", paragraphs) + "\r\n";
    }
}
