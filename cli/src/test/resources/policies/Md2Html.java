import java.nio.file.*;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
public class Md2Html {
    public static void main(String[] a) throws Exception {
        for (String f : a) {
            String md = Files.readString(Path.of(f));
            String title = md.lines().filter(l -> l.startsWith("# ")).findFirst().orElse("# Policy").substring(2);
            String body = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
            Files.writeString(Path.of(f.replace(".md", ".html")), "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                + title + "</title></head><body>\n" + body + "</body></html>\n");
        }
    }
}
