package cn.gov.yingkou.sgpt.transfer.control;

/**
 * The kinds of file a transfer's evidence may be, as told by the file's content (never by its name): documents,
 * images, audio and video. Anything else — an executable, a script, an archive — is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", "PDF 文档", "PDF document"),
    JPEG("image/jpeg", "JPEG 图片", "JPEG image"),
    PNG("image/png", "PNG 图片", "PNG image"),
    GIF("image/gif", "GIF 图片", "GIF image"),
    TIFF("image/tiff", "TIFF 图片", "TIFF image"),
    BMP("image/bmp", "BMP 图片", "BMP image"),
    WEBP("image/webp", "WebP 图片", "WebP image"),
    HEIC("image/heic", "HEIC 图片", "HEIC image"),
    OFFICE_97("application/x-ole-storage", "Office 97–2003 文档", "Office 97–2003 document"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", "Excel workbook"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿",
            "PowerPoint presentation"),
    OFD("application/ofd", "OFD 版式文档", "OFD document"),
    ODF("application/vnd.oasis.opendocument", "OpenDocument 文档", "OpenDocument file"),
    MP3("audio/mpeg", "MP3 音频", "MP3 audio"),
    WAV("audio/wav", "WAV 音频", "WAV audio"),
    AMR("audio/amr", "AMR 录音", "AMR recording"),
    M4A("audio/mp4", "M4A 音频", "M4A audio"),
    OGG("audio/ogg", "Ogg 音频", "Ogg audio"),
    MP4("video/mp4", "MP4 视频", "MP4 video"),
    MOV("video/quicktime", "QuickTime 视频", "QuickTime video"),
    THREE_GP("video/3gpp", "3GP 视频", "3GP video"),
    AVI("video/x-msvideo", "AVI 视频", "AVI video"),
    MATROSKA("video/x-matroska", "MKV/WebM 视频", "MKV/WebM video"),
    FLV("video/x-flv", "FLV 视频", "FLV video"),
    MPEG("video/mpeg", "MPEG 视频", "MPEG video");

    private final String mediaType;
    private final String nameZh;
    private final String nameEn;

    EvidenceType(String mediaType, String nameZh, String nameEn) {
        this.mediaType = mediaType;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The media type a download is served as. */
    public String mediaType() {
        return mediaType;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
