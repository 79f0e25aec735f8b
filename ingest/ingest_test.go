package ingest

import (
	"testing"
	"time"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.ORG/a?utm_source=x&utm_medium=y&id=3#top", "https://example.org/a?id=3"},
		{"HTTP://example.org:80/a?fbclid=1&gclid=2", "http://example.org/a"},
		{"https://example.org:443", "https://example.org/"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"  https://example.org/a?b=2&a=1  ", "https://example.org/a?a=1&b=2"},
		{"file:///tmp/a.txt", "file:///tmp/a.txt"},
		{"sample:voa/x", "sample:voa/x"},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		path, head string
		want       fileKind
	}{
		{"a.txt", "<html>", textKind},
		{"a.HTM", "", htmlKind},
		{"a.json", "", jsonKind},
		{"a.ndjson", "", jsonLinesKind},
		{"a", "\xef\xbb\xbf  <!doctype html>", htmlKind},
		{"a", `[{"url": 1}]`, jsonKind},
		{"a", "{\"a\": 1}\n{\"a\": 2}\n", jsonLinesKind},
		{"a", "{\n \"a\": 1\n}", jsonKind},
		{"a", "Headline\n\nBody text.", textKind},
		{"a", "\x89PNG\r\n\x1a\n\x00", unknownKind},
		{"a", "", unknownKind},
	}
	for _, tt := range tests {
		if got := kindOf(tt.path, []byte(tt.head)); got != tt.want {
			t.Errorf("kindOf(%q, %q) = %v, want %v", tt.path, tt.head, got, tt.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	want := time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"2012-03-25", "2012-03-25T00:00:00Z", "2012-03-25T02:00:00+02:00", "March 25, 2012",
		"25 March 2012", "Sun, 25 Mar 2012 00:00:00 +0000", " 2012-03-25 00:00:00 "} {
		got, err := ParseTime(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseTime(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "last tuesday", "2012-13-45"} {
		if _, err := ParseTime(in); err == nil {
			t.Errorf("ParseTime(%q) succeeded; want an error", in)
		}
	}
}

func TestParagraphs(t *testing.T) {
	got := paragraphs("First line\nwrapped here.\r\n\r\n  Second   para.\n \nThird.")
	want := []string{"First line wrapped here.", "Second para.", "Third."}
	if len(got) != len(want) {
		t.Fatalf("paragraphs = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraphs[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if got := paragraphs("one\ntwo\nthree"); len(got) != 3 {
		t.Errorf("paragraphs without blank lines = %q; want a paragraph a line", got)
	}
}
