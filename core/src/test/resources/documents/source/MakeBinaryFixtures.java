import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import org.apache.poi.poifs.filesystem.*;
import org.apache.poi.poifs.crypt.*;
import org.apache.poi.openxml4j.opc.*;
public class MakeBinaryFixtures {
  public static void main(String[] a) throws Exception {
    String out = a[0];
    // Outlook message
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      byte[] props = new byte[32];
      root.createDocument("__properties_version1.0", new ByteArrayInputStream(props));
      put(root, "__substg1.0_001A001F", "IPM.Note");
      put(root, "__substg1.0_0037001F", "Room 12 review");
      put(root, "__substg1.0_0C1A001F", "Sarah Whitfield");
      put(root, "__substg1.0_0E04001F", "Priya Sandhu");
      put(root, "__substg1.0_1000001F", "Hi Priya,\r\n\r\nThe panel said Jordan is hard to engage and has complex needs.\r\nCan we talk about what support he wants?\r\n\r\nSarah\r\n");
      try (OutputStream o = Files.newOutputStream(Path.of(out, "review.msg"))) { fs.writeFilesystem(o); }
    }
    // Encrypted DOCX (agile encryption, password "harbour")
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("harbour");
      try (OPCPackage opc = OPCPackage.open(new File(a[1]), PackageAccess.READ_WRITE);
           OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream o = Files.newOutputStream(Path.of(out, "encrypted.docx"))) { fs.writeFilesystem(o); }
    }
  }
  static void put(DirectoryEntry root, String name, String value) throws IOException {
    root.createDocument(name, new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
  }
}
