package charset

import "testing"

func TestDecode(t *testing.T) {
	declared := func(label string) func([]byte) string { return func([]byte) string { return label } }
	tests := []struct {
		name        string
		data        string
		contentType string
		declared    func([]byte) string
		want, enc   string
	}{
		{"utf-8 by default", "caf\xc3\xa9", "", nil, "café", "utf-8"},
		{"bare latin-1 bytes", "caf\xe9", "", nil, "café", "windows-1252"},
		{"header wins over declaration", "caf\xe9", "text/html; charset=iso-8859-1", declared("utf-8"), "café", "windows-1252"},
		{"declaration when no header", "\x93hi\x94", "", declared("windows-1252"), "“hi”", "windows-1252"},
		{"BOM wins over everything", "\xef\xbb\xbfcaf\xc3\xa9", "text/html; charset=iso-8859-1", nil, "café", "utf-8"},
		{"UTF-8 mislabelled latin-1", "caf\xc3\xa9", "text/html; charset=iso-8859-1", nil, "café", "utf-8"},
		{"latin-1 mislabelled UTF-8", "caf\xe9", "text/plain; charset=utf-8", nil, "café", "windows-1252"},
		{"UTF-16 label without zero bytes", "plain", "text/html; charset=utf-16", nil, "plain", "utf-8"},
		{"malformed header", "caf\xe9", "text/html; charset=iso-8859-1;;", nil, "café", "windows-1252"},
		{"unknown label", "caf\xc3\xa9", "text/html; charset=klingon", nil, "café", "utf-8"},
	}
	for _, tt := range tests {
		got, enc := Decode([]byte(tt.data), tt.contentType, tt.declared)
		if got != tt.want || enc != tt.enc {
			t.Errorf("%s: Decode = %q, %q; want %q, %q", tt.name, got, enc, tt.want, tt.enc)
		}
	}
}
