package extract

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// htmlFixtures are the pages in testdata, each with the URL and
// Content-Type it is served with, and what must hold whatever the golden
// file says.
var htmlFixtures = []struct {
	file, pageURL, contentType string

	title, byline, outlet, canonical string
	published                        time.Time
	dateSource                       string
	mustHave                         []string // substrings some paragraph must contain
	mustNotHave                      []string // substrings no paragraph may contain
	captions                         []string
}{
	{
		file:        "news-graph.html",
		pageURL:     "https://news.example.org/world/2024/05/ferry?utm_source=x",
		contentType: "text/html; charset=utf-8",
		title:       "Ferry crews agree deal to end week-long strike",
		byline:      "Maria Okafor and Tom Reyes",
		outlet:      "The Harbour Gazette",
		canonical:   "https://news.example.org/world/ferry-strike-deal",
		published:   time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC),
		dateSource:  "meta",
		mustHave: []string{
			"Ferry crews in Port Ellis have accepted",
			"6.5 per cent",                        // &nbsp; normalised
			"“Nobody wanted",                      // entities decoded
			"organiser Hannah Lewis,",             // zero-width space removed
			"first full timetable",                // soft hyphen removed
			"weekend, as lorries queued",          // runs of spaces and tabs collapsed
			"funded & staffed",                    // &amp;
			"Advertising revenue at the operator", // a real sentence that mentions advertising
		},
		mustNotHave: []string{
			"Skip to main content", "cookie", "Share on", "Advertisement", "Read more",
			"Most read", "Lighthouse keeper", "Harbour seals", "Island shops run short", "Copyright", "Home",
			"Deckhands (L)", "By Maria", "14 May 2024",
		},
		captions: []string{"Deckhands (L) wait beside the Island Star at the Port Ellis terminal, May 13, 2024."},
	},
	{
		file:        "windows-1252.html",
		contentType: "",
		title:       "Vineyard owners count the cost of a late frost",
		byline:      "Lucie Bérard",
		published:   time.Date(2023, 4, 9, 0, 0, 0, 0, time.UTC),
		dateSource:  "dateline",
		mustHave: []string{
			"Côte d’Or", "“We lit candles", "wasn’t enough,”", "€2 million", "officials said…",
			"cuvées", "(VC) — Growers",
		},
		mustNotHave: []string{"The Valley Courier", "rights reserved", "\ufffd"},
	},
	{
		file:        "latin1-header.html",
		pageURL:     "http://alpen.example.ch/a",
		contentType: "text/html; charset=ISO-8859-1",
		title:       "Mountain rail line reopens after landslide",
		byline:      "Anton Keller",
		published:   time.Date(2019, 2, 2, 0, 0, 0, 0, time.UTC),
		dateSource:  "caption",
		mustHave: []string{
			"between Göschenen and Andermatt", "-15° to clear", "Señora Elena Ruiz",
			"«People simply did not want the long way round.»",
		},
		mustNotHave: []string{"Startseite", "Copyright", "By Anton", "Engineers inspect", "\ufffd"},
		captions:    []string{"Engineers inspect the repaired track near Göschenen, Switzerland, 2 February 2019."},
	},
	{
		file:        "utf8-bom.html",
		pageURL:     "http://www.example.com.br/x",
		contentType: "",
		title:       "Coffee exports climb as São Paulo growers ship early",
		byline:      "João Silva",
		outlet:      "Rio Wire",
		canonical:   "http://www.example.com.br/economy/coffee-exports",
		published:   time.Date(2022, 11, 3, 0, 0, 0, 0, time.UTC),
		dateSource:  "json-ld",
		mustHave:    []string{"São Paulo and Minas Gerais", "bags — the highest", "a café in the city’s"},
		mustNotHave: []string{"Follow us", "Início", "Ã", "\ufeff"},
	},
}

func TestHTMLFixtures(t *testing.T) {
	for _, fx := range htmlFixtures {
		t.Run(fx.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", fx.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			doc, err := HTML(f, fx.pageURL, fx.contentType)
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if doc.Title != fx.title {
				t.Errorf("Title = %q, want %q", doc.Title, fx.title)
			}
			if doc.Byline != fx.byline {
				t.Errorf("Byline = %q, want %q", doc.Byline, fx.byline)
			}
			if doc.Outlet != fx.outlet {
				t.Errorf("Outlet = %q, want %q", doc.Outlet, fx.outlet)
			}
			if doc.CanonicalURL != fx.canonical {
				t.Errorf("CanonicalURL = %q, want %q", doc.CanonicalURL, fx.canonical)
			}
			if !doc.Published.Equal(fx.published) || doc.DateSource != fx.dateSource {
				t.Errorf("Published = %v from %q, want %v from %q", doc.Published, doc.DateSource, fx.published, fx.dateSource)
			}
			body := doc.Body()
			for _, s := range fx.mustHave {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range fx.mustNotHave {
				if strings.Contains(body, s) {
					t.Errorf("body contains %q", s)
				}
			}
			if !slices.Equal(doc.Captions, fx.captions) {
				t.Errorf("Captions = %q, want %q", doc.Captions, fx.captions)
			}
			checkParagraphs(t, doc)
			checkGolden(t, strings.TrimSuffix(fx.file, filepath.Ext(fx.file)), doc)
		})
	}
}

// checkParagraphs asserts what every Document promises of its text.
func checkParagraphs(t *testing.T, doc Document) {
	t.Helper()
	for i, p := range doc.Paragraphs {
		if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsAny(p, "\n\t\u00a0\u00ad\u200b") {
			t.Errorf("paragraph %d not normalised: %q", i, p)
		}
	}
}

func TestHTMLBrSplitsParagraphs(t *testing.T) {
	page := `<html><body><div id="story">
		<p>First paragraph of the story, which is long enough to be the article text on its own page.<br>
		Still the first paragraph after a single line break.<br><br>
		Second paragraph after a double break, also long enough to look like the body of a story.</p>
		<p>Third paragraph in its own element, reporting what the minister said on Tuesday afternoon.</p>
		<ul><li>A list item that is a full sentence about the plan.</li><li>Another list item about the budget.</li></ul>
	</div></body></html>`
	doc, err := HTML(strings.NewReader(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"First paragraph of the story, which is long enough to be the article text on its own page. Still the first paragraph after a single line break.",
		"Second paragraph after a double break, also long enough to look like the body of a story.",
		"Third paragraph in its own element, reporting what the minister said on Tuesday afternoon.",
		"A list item that is a full sentence about the plan.",
		"Another list item about the budget.",
	}
	if !slices.Equal(doc.Paragraphs, want) {
		t.Errorf("Paragraphs =\n%q\nwant\n%q", doc.Paragraphs, want)
	}
}

func TestHTMLNoText(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><head><title>Empty page | Site</title></head><body></body></html>",
		`<html><body><nav><a href="/">Home</a></nav><p>Share on Facebook</p></body></html>`,
	} {
		doc, err := HTML(strings.NewReader(page), "", "")
		if !errors.Is(err, ErrNoText) {
			t.Errorf("HTML(%q) error = %v, want ErrNoText", page, err)
		}
		if len(doc.Paragraphs) != 0 {
			t.Errorf("HTML(%q) paragraphs = %q", page, doc.Paragraphs)
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestHTMLReadError(t *testing.T) {
	if _, err := HTML(failingReader{}, "", ""); err == nil || errors.Is(err, ErrNoText) {
		t.Errorf("HTML on a failing reader: error = %v", err)
	}
}

func TestDecodePage(t *testing.T) {
	// "Москва — café" in three encodings.
	koi8 := []byte{0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1}
	cp1251 := []byte{0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0}
	tests := []struct {
		name        string
		content     []byte
		contentType string
		want        string
		wantEnc     string
	}{
		{"utf-8 undeclared", []byte("<p>café — “q”</p>"), "", "<p>café — “q”</p>", "utf-8"},
		{"windows-1252 undeclared", []byte("<p>caf\xe9 \x93q\x94</p>"), "", "<p>café “q”</p>", "windows-1252"},
		{"header charset", append([]byte("<p>"), koi8...), "text/html; charset=KOI8-R", "<p>Москва", "koi8-r"},
		{"meta charset", append([]byte(`<meta charset="windows-1251"><p>`), cp1251...), "", `<meta charset="windows-1251"><p>Москва`, "windows-1251"},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>`), koi8...), "", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Москва`, "koi8-r"},
		{"header beats meta", append([]byte(`<meta charset="koi8-r"><p>`), cp1251...), "text/html; charset=windows-1251", `<meta charset="koi8-r"><p>Москва`, "windows-1251"},
		{"meta after 1024 bytes", append([]byte(`<head><style>`+strings.Repeat("x", 3000)+`</style><meta charset="koi8-r"></head><p>`), koi8...), "", "", "koi8-r"},
		{"BOM beats header", []byte("\xef\xbb\xbf<p>café</p>"), "text/html; charset=iso-8859-1", "<p>café</p>", "utf-8"},
		{"iso-8859-1 label is windows-1252", []byte("<p>caf\xe9 \x93q\x94</p>"), "text/html; charset=ISO-8859-1", "<p>café “q”</p>", "windows-1252"},
		{"latin-1 label on utf-8 bytes", []byte("<p>café</p>"), "text/html; charset=iso-8859-1", "<p>café</p>", "utf-8"},
		{"gb2312 label on utf-8 bytes", []byte(`<meta charset="gb2312"><p>谷歌</p>`), "", `<meta charset="gb2312"><p>谷歌</p>`, "utf-8"},
		{"utf-8 label on latin-1 bytes", []byte(`<meta charset="utf-8"><p>caf` + "\xe9</p>"), "", `<meta charset="utf-8"><p>café</p>`, "windows-1252"},
		{"unknown label", []byte("<p>café</p>"), "text/html; charset=x-nonsense", "<p>café</p>", "utf-8"},
		{"utf-16le BOM", []byte{0xFF, 0xFE, 'h', 0, 'i', 0}, "", "hi", "utf-16le"},
		{"utf-16 label without zero bytes", []byte("<p>caf\xe9</p>"), "text/html; charset=utf-16", "<p>café</p>", "windows-1252"},
		{"utf-16 label on utf-16 bytes", []byte{'h', 0, 'i', 0}, "text/html; charset=utf-16le", "hi", "utf-16le"},
		{"malformed header", []byte("<p>\xed\xcf</p>"), "text/html; charset=KOI8-R;;", "<p>Мо</p>", "koi8-r"},
		{"empty charset parameter", []byte("0"), "00ChArset=", "0", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decodePage(tt.content, tt.contentType)
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
			if tt.want != "" && !strings.HasPrefix(got, tt.want) {
				t.Errorf("text = %q, want prefix %q", got, tt.want)
			}
		})
	}
}

func TestStripByline(t *testing.T) {
	if got, want := stripByline("What is the sea telling us? | Jane Doe", "Jane Doe"), "What is the sea telling us?"; got != want {
		t.Errorf("stripByline = %q, want %q", got, want)
	}
	if got, want := stripByline("Doe | Roe: a profile", "Jane Doe"), "Doe | Roe: a profile"; got != want {
		t.Errorf("stripByline = %q, want %q", got, want)
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct {
		title, outlet string
		generic       bool
		want          string
	}{
		{"Annan presses Russia on Syria - VOA News", "VOA News", false, "Annan presses Russia on Syria"},
		{"Annan presses Russia on Syria | VOA", "", true, "Annan presses Russia on Syria"},
		{"Annan presses Russia on Syria | Europe | VOA", "", true, "Annan presses Russia on Syria"},
		{"VOA News - Annan presses Russia on Syria", "VOA News", false, "Annan presses Russia on Syria"},
		{"U.N.-Arab League envoy visits Moscow", "", true, "U.N.-Arab League envoy visits Moscow"},
		{"Syria: Annan presses Russia", "", true, "Syria: Annan presses Russia"},
		{"Annan - a profile", "", false, "Annan - a profile"},
		{"Short - Site", "", true, "Short - Site"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.outlet, tt.generic); got != tt.want {
			t.Errorf("stripSiteName(%q, %q, %v) = %q, want %q", tt.title, tt.outlet, tt.generic, got, tt.want)
		}
	}
}
