package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument asserts the promises every Document keeps, whatever the input.
func checkDocument(t *testing.T, doc Document) {
	t.Helper()
	for name, list := range map[string][]string{"paragraph": doc.Paragraphs, "caption": doc.Captions} {
		for i, p := range list {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") || !utf8.ValidString(p) {
				t.Fatalf("%s %d not normalised: %q", name, i, p)
			}
		}
	}
	for name, s := range map[string]string{"Title": doc.Title, "Byline": doc.Byline, "Outlet": doc.Outlet} {
		if s != strings.TrimSpace(s) || !utf8.ValidString(s) {
			t.Fatalf("%s not normalised: %q", name, s)
		}
	}
	switch doc.DateSource {
	case "":
		if !doc.Published.IsZero() {
			t.Fatalf("Published %v without a source", doc.Published)
		}
	case sourceMeta, sourceJSONLD, sourceDateline, sourceCaption:
		if doc.Published.IsZero() {
			t.Fatalf("DateSource %q without a date", doc.DateSource)
		}
	default:
		t.Fatalf("unknown DateSource %q", doc.DateSource)
	}
}

func FuzzHTML(f *testing.F) {
	for _, fx := range htmlFixtures {
		if b, err := os.ReadFile(filepath.Join("testdata", fx.file)); err == nil {
			f.Add(b, fx.contentType)
		}
	}
	f.Add([]byte("<p>MOSCOW, March 25 (Reuters) - Kofi Annan met Dmitry Medvedev.<br><br>Second.</p>"), "")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#a"}]}]}</script>`), "text/html; charset=koi8-r")
	f.Add([]byte("\xef\xbb\xbf<figure><figcaption>Photo: x</figcaption></figure><table><tr><td>1</td></tr></table>"), "text/html; charset=")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		doc, err := HTML(strings.NewReader(string(page)), "https://news.example.org/a", contentType)
		if err == nil && len(doc.Paragraphs) == 0 {
			t.Fatal("no error, no paragraphs")
		}
		checkDocument(t, doc)
	})
}

func FuzzText(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "seed-annan.txt")); err == nil {
		f.Add(string(b))
	}
	f.Add("Annan arrives in Moscow\r\n\r\nBy Jane Doe\r\nMOSCOW, March 25 (Reuters) - Text.\n\n\tMore-\nover text.")
	f.Add("\ufeff\u00ad\u200b \n\n\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		doc := Text(s)
		checkDocument(t, doc)
		// Clean is idempotent on its own output.
		kept, captions := Clean(doc.Paragraphs)
		if len(captions) != 0 || strings.Join(kept, "\n") != strings.Join(doc.Paragraphs, "\n") {
			t.Fatalf("Clean not idempotent: %q -> %q, %q", doc.Paragraphs, kept, captions)
		}
	})
}

func FuzzDateFromText(f *testing.F) {
	f.Add("MOSCOW, March 25 (Reuters) - Text.\nKofi Annan (L) in Moscow, March 25, 2012.")
	f.Add("Published: Sunday 25 March 2012 10.15 BST\n2012-02-30")
	f.Fuzz(func(t *testing.T, s string) {
		tm, source := DateFromText(strings.Split(s, "\n"))
		if tm.IsZero() != (source == "") {
			t.Fatalf("date %v with source %q", tm, source)
		}
		if !tm.IsZero() && (tm.Year() < 1900 || tm.Year() > 2100 || tm.Location().String() != "UTC") {
			t.Fatalf("implausible date %v", tm)
		}
	})
}
