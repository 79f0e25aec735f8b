package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestParseFixtures parses each feed format and compares with its golden
// file (go test -update rewrites them).
func TestParseFixtures(t *testing.T) {
	for _, tt := range []struct {
		file, url, contentType, format string
		items                          int
	}{
		{"rss2.xml", "https://gazette.example/feed.xml", "application/rss+xml", "rss", 3},
		{"rss1.xml", "https://valley.example/rss", "application/rdf+xml", "rss", 1},
		{"rss091.xml", "http://oldtown.example/rss.xml", "text/xml", "rss", 1},
		{"atom.xml", "https://ridge.example/feed.atom", "application/atom+xml", "atom", 3},
		{"jsonfeed.json", "https://delta.example/feed.json", "application/feed+json", "json", 3},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := Sniff(data, tt.contentType); got != tt.format {
				t.Errorf("Sniff = %q, want %q", got, tt.format)
			}
			f, err := Parse(data, tt.url, tt.contentType)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Format != tt.format || len(f.Items) != tt.items {
				t.Errorf("format %q with %d items; want %q with %d", f.Format, len(f.Items), tt.format, tt.items)
			}
			checkFeed(t, f)
			golden(t, strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".golden.json", f)
		})
	}
}

func golden(t *testing.T, name string, f Feed) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs (go test -update rewrites it):\n%s", name, got)
	}
}

// checkFeed holds for every parse: GUIDs present and unique, links absolute
// web URLs, text valid UTF-8, at most one of HTML and Text.
func checkFeed(t *testing.T, f Feed) {
	t.Helper()
	seen := map[string]bool{}
	for i, it := range f.Items {
		if it.GUID == "" {
			t.Errorf("item %d has no GUID", i)
		}
		seen[it.GUID] = true
		if it.Link != "" && !isWebURL(it.Link) {
			t.Errorf("item %d link %q is not an absolute web URL", i, it.Link)
		}
		if it.HTML != "" && it.Text != "" {
			t.Errorf("item %d has both HTML and Text", i)
		}
		for _, s := range []string{it.Title, it.Author, it.HTML, it.Text, it.GUID} {
			if !utf8.ValidString(s) {
				t.Errorf("item %d has invalid UTF-8: %q", i, s)
			}
		}
		if strings.ContainsAny(it.Title, "<>\n") {
			t.Errorf("item %d title %q is not plain text", i, it.Title)
		}
	}
	if !utf8.ValidString(f.Title) {
		t.Errorf("feed title %q is not valid UTF-8", f.Title)
	}
}

func TestParseDetails(t *testing.T) {
	data, _ := os.ReadFile("testdata/rss2.xml")
	f, err := Parse(data, "https://gazette.example/feed.xml", "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "The Harbour Gazette & Almanac" {
		t.Errorf("title = %q", f.Title)
	}
	first, second, third := f.Items[0], f.Items[1], f.Items[2]
	if first.Title != "Ferry service resumes after winter storms" || first.Author != "Marta Lindqvist" ||
		first.GUID != "gazette-2026-0412" || first.Summary || !strings.Contains(first.HTML, "Henrik Aalto") {
		t.Errorf("first item = %+v", first)
	}
	if got := first.Published.Format("2006-01-02T15:04Z07:00"); got != "2026-04-12T07:30+02:00" {
		t.Errorf("published = %s; want the feed's own offset", got)
	}
	if second.Link != "https://gazette.example/news/wind-farm-vote" || second.GUID != second.Link || !second.Summary {
		t.Errorf("a relative link resolves against the feed; no guid means the link: %+v", second)
	}
	if third.Link != "https://gazette.example/news/keeper" || third.Text == "" || third.HTML != "" {
		t.Errorf("a permalink guid is the link; a description without markup is text: %+v", third)
	}

	data, _ = os.ReadFile("testdata/atom.xml")
	f, _ = Parse(data, "https://ridge.example/feed.atom", "")
	if f.Items[0].Link != "https://ridge.example/blog/posts/snow-returns" {
		t.Errorf("xml:base not applied: %q", f.Items[0].Link)
	}
	if f.Items[0].Title != "Snow returns to the high passes" {
		t.Errorf("html title = %q", f.Items[0].Title)
	}
	if f.Items[2].Text != "First paragraph of the notes.\n\nSecond paragraph, after a blank line." {
		t.Errorf("text content = %q", f.Items[2].Text)
	}

	data, _ = os.ReadFile("testdata/jsonfeed.json")
	f, _ = Parse(data, "https://delta.example/feed.json", "")
	if f.Items[1].Text == "" || f.Items[1].HTML != "" || f.Items[1].Updated.IsZero() {
		t.Errorf("content_text is text, with its modified date: %+v", f.Items[1])
	}
	if f.Items[1].Title != "Night ferry & cyclists" {
		t.Errorf("title = %q", f.Items[1].Title)
	}
	if f.Items[2].GUID != "https://delta.example/no-id" || !f.Items[2].Summary {
		t.Errorf("item without id = %+v", f.Items[2])
	}
}

func TestParseRejects(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	for name, data := range map[string][]byte{
		"html page":  page,
		"plain json": []byte(`{"status": "ok", "items": []}`),
		"empty":      nil,
		"png":        []byte("\x89PNG\r\n\x1a\n\x00\x00"),
	} {
		if _, err := Parse(data, "", ""); !errors.Is(err, ErrNotFeed) {
			t.Errorf("Parse(%s) = %v; want ErrNotFeed", name, err)
		}
		if Sniff(data, "") != "" {
			t.Errorf("Sniff(%s) thinks it is a feed", name)
		}
	}
	data, _ := os.ReadFile("testdata/malformed.xml")
	if _, err := Parse(data, "https://broken.example/feed", ""); err == nil || errors.Is(err, ErrNotFeed) ||
		!strings.Contains(err.Error(), "line 9") {
		t.Errorf("malformed XML = %v; want a syntax error naming the line (a broken feed is still a feed)", err)
	}
	if _, err := Parse([]byte(`{"version": "https://jsonfeed.org/version/1", "items": [`), "", ""); err == nil || errors.Is(err, ErrNotFeed) {
		t.Errorf("truncated JSON Feed = %v; want a parse error", err)
	}
}

// rssWith wraps raw (already encoded) title bytes in an RSS document.
func rssWith(decl string, title []byte) []byte {
	doc := []byte(decl + "<rss version=\"2.0\"><channel><title>t</title><item><title>")
	doc = append(doc, title...)
	return append(doc, []byte("</title><guid>1</guid><description>d</description></item></channel></rss>")...)
}

func TestCharsets(t *testing.T) {
	const want = "Café “Zoë” – déjà vu"
	utf8Title := []byte(want)
	cp1252Title := []byte("Caf\xe9 \x93Zo\xeb\x94 \x96 d\xe9j\xe0 vu")
	latin1Title := []byte("Caf\xe9 Zo\xeb d\xe9j\xe0 vu")
	tests := []struct {
		name, contentType string
		doc               []byte
		want              string
	}{
		{"utf-8 declared", "", rssWith(`<?xml version="1.0" encoding="UTF-8"?>`, utf8Title), want},
		{"utf-8 undeclared", "", rssWith("", utf8Title), want},
		{"utf-8 with BOM", "", append([]byte("\xef\xbb\xbf"), rssWith(`<?xml version="1.0"?>`, utf8Title)...), want},
		{"iso-8859-1 declared", "", rssWith(`<?xml version="1.0" encoding="ISO-8859-1"?>`, latin1Title), "Café Zoë déjà vu"},
		{"windows-1252 declared", "", rssWith(`<?xml version="1.0" encoding="windows-1252"?>`, cp1252Title), want},
		{"iso-8859-1 in the header", "text/xml; charset=ISO-8859-1", rssWith(`<?xml version="1.0"?>`, cp1252Title), want},
		{"header beats declaration", "application/rss+xml; charset=windows-1252", rssWith(`<?xml version="1.0" encoding="utf-8"?>`, cp1252Title), want},
		{"declared utf-8, really 1252", "", rssWith(`<?xml version="1.0" encoding="utf-8"?>`, cp1252Title), want},
		{"undeclared, really 1252", "text/xml", rssWith("", cp1252Title), want},
		{"declared latin-1, really utf-8", "text/xml; charset=iso-8859-1", rssWith(`<?xml version="1.0" encoding="iso-8859-1"?>`, utf8Title), want},
		{"unknown charset", "text/xml; charset=x-klingon", rssWith(`<?xml version="1.0" encoding="x-klingon"?>`, utf8Title), want},
	}
	for _, tt := range tests {
		f, err := Parse(tt.doc, "", tt.contentType)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(f.Items) != 1 || f.Items[0].Title != tt.want {
			t.Errorf("%s: items = %+v, want the title %q", tt.name, f.Items, tt.want)
		}
	}

	// UTF-16 with a BOM.
	doc := rssWith(`<?xml version="1.0" encoding="UTF-16"?>`, utf8Title)
	u16 := []byte{0xFF, 0xFE}
	for _, r := range string(doc) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	if f, err := Parse(u16, "", ""); err != nil || f.Items[0].Title != want {
		t.Errorf("UTF-16: %+v, %v", f, err)
	}
}

func TestDiscover(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	got := Discover(page, "https://gazette.example/news/", "text/html")
	want := []string{"https://gazette.example/feed.xml", "https://gazette.example/atom.xml"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Discover = %q, want %q", got, want)
	}
	if got := Discover([]byte("<p>no head</p>"), "https://x.example/", ""); len(got) != 0 {
		t.Errorf("Discover on a page without feeds = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "rss1.xml", "rss091.xml", "atom.xml", "jsonfeed.json", "malformed.xml", "page.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "")
	}
	f.Add(rssWith(`<?xml version="1.0" encoding="windows-1252"?>`, []byte("Caf\xe9")), "text/xml; charset=utf-16")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":1,"url":5}]}`), "application/json")
	f.Add([]byte("<feed><entry><link href=\"::\"/></entry></feed>"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		fd, err := Parse(data, "https://fuzz.example/feed", contentType)
		if err != nil {
			return
		}
		checkFeed(t, fd)
		Discover(data, "https://fuzz.example/", contentType)
	})
}
