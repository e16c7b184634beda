package com.frameratr.interop;

/** One text file of an upload (the upload itself, or an entry of its ZIP), decoded from UTF-8. */
record UploadedFile(String name, String text) {}
