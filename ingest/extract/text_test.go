package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestTextSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "seed-annan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := Text(string(b))

	if got, want := doc.Title, "Peace Envoy Annan Presses Russia on Syria"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	if want := time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) || doc.DateSource != "caption" {
		t.Errorf("Published = %v from %q, want %v from caption", doc.Published, doc.DateSource, want)
	}
	const caption = "Russian President Dmitry Medvedev (L) talks with U.N.-Arab League envoy Kofi Annan during their meeting in Moscow, March 25, 2012."
	if !slices.Equal(doc.Captions, []string{caption}) {
		t.Errorf("Captions = %q, want the Medvedev caption", doc.Captions)
	}
	for _, p := range doc.Paragraphs {
		for _, bad := range []string{"Accessibility links", "Breaking News", "(L) talks with", doc.Title} {
			if strings.Contains(p, bad) {
				t.Errorf("paragraph %q contains %q", p, bad)
			}
		}
	}
	// Every other paragraph of the file is kept, in order.
	var want []string
	for _, block := range strings.Split(string(b), "\n\n") {
		block = strings.TrimSpace(block)
		switch block {
		case "", "Accessibility links", "Breaking News", doc.Title, caption:
			continue
		}
		want = append(want, block)
	}
	if !slices.Equal(doc.Paragraphs, want) {
		t.Errorf("Paragraphs =\n%q\nwant\n%q", doc.Paragraphs, want)
	}
	if !slices.Contains(doc.Paragraphs, "It’s top news across Russia.") {
		t.Error("the short real paragraph was dropped")
	}
	checkGolden(t, "seed-annan", doc)
}

func TestTextTitle(t *testing.T) {
	const body = "Kofi Annan met Russian President Dmitry Medvedev in Moscow on Sunday for talks."
	tests := []struct {
		name       string
		in         string
		wantTitle  string
		wantByline string
		wantFirst  string // first paragraph
	}{
		{"furniture before the headline", "Accessibility links\n\nBreaking News\n\nAnnan arrives in Moscow\n\n" + body, "Annan arrives in Moscow", "", body},
		{"furniture lines in one block", "Accessibility links\nBreaking News\nAnnan arrives in Moscow\n\n" + body, "Annan arrives in Moscow", "", body},
		{"no headline", body + "\n\nHe met Medvedev.", "", "", body},
		{"byline before headline", "By Jane Doe\n\nAnnan arrives in Moscow\n\n" + body, "Annan arrives in Moscow", "Jane Doe", body},
		{"byline after headline", "Annan arrives in Moscow\n\nBy JANE DOE, Reuters\n\n" + body, "Annan arrives in Moscow", "JANE DOE, Reuters", body},
		{"question headline", "Can Annan's plan end the fighting?\n\n" + body, "Can Annan's plan end the fighting?", "", body},
		{"date line before headline", "March 25, 2012\n\nAnnan presses Russia\n\n" + body, "Annan presses Russia", "", body},
		{"subhead after the story starts", body + "\n\nSix-point plan\n\nThe plan calls for a ceasefire.", "", "", body},
		{"caption is not a headline", "Kofi Annan (L) arrives in Moscow\n\n" + body, "", "", body},
		{"headline repeated", "Annan arrives in Moscow\n\nAnnan arrives in Moscow\n\n" + body, "Annan arrives in Moscow", "", body},
		{"no blank lines", "Annan arrives in Moscow\n" + body + "\nHe met Medvedev.", "Annan arrives in Moscow", "", body},
		{"windows line ends", "Annan arrives in Moscow\r\n\r\n" + body + "\r\n", "Annan arrives in Moscow", "", body},
		{"byte order mark", "\ufeffAnnan arrives in Moscow\n\n" + body, "Annan arrives in Moscow", "", body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Text(tt.in)
			if doc.Title != tt.wantTitle || doc.Byline != tt.wantByline {
				t.Errorf("Title, Byline = %q, %q; want %q, %q", doc.Title, doc.Byline, tt.wantTitle, tt.wantByline)
			}
			if len(doc.Paragraphs) == 0 || doc.Paragraphs[0] != tt.wantFirst {
				t.Errorf("Paragraphs = %q, want first %q", doc.Paragraphs, tt.wantFirst)
			}
			for _, p := range doc.Paragraphs {
				if tt.wantTitle != "" && p == tt.wantTitle {
					t.Errorf("title repeated in Paragraphs: %q", doc.Paragraphs)
				}
			}
		})
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			"hard-wrapped paragraphs",
			"The envoy arrived in Moscow on Sunday for talks with the Russian\npresident, who said Syria had one last chance.\n\nSecond paragraph.",
			[]string{"The envoy arrived in Moscow on Sunday for talks with the Russian president, who said Syria had one last chance.", "Second paragraph."},
		},
		{
			"hyphen at a wrap joins the word",
			"The joint U.N.-\nArab League envoy met the president on Sunday in the Kremlin.\n\nEnd.",
			[]string{"The joint U.N.-Arab League envoy met the president on Sunday in the Kremlin.", "End."},
		},
		{
			"no blank lines: one line, one paragraph",
			"First line of the story.\nSecond line of the story.\n  \tThird, indented.",
			[]string{"First line of the story.", "Second line of the story.", "Third, indented."},
		},
		{
			"short lines in a block are separate items",
			"Home\nWorld\nBusiness\n\nThe story itself starts here and runs on for a while.",
			[]string{"Home", "World", "Business", "The story itself starts here and runs on for a while."},
		},
		{
			"headline line above a wrapped paragraph",
			"Annan presses Russia on Syria\nInternational peace envoy Kofi Annan is trying to garner support from\nRussia to help stop bloodshed in Syria during the crackdown.\n\nEnd.",
			[]string{"Annan presses Russia on Syria", "International peace envoy Kofi Annan is trying to garner support from Russia to help stop bloodshed in Syria during the crackdown.", "End."},
		},
		{
			"whitespace normalised",
			"  A\u00a0line\twith   odd\u200b spacing.  \n\n\n\nNext.",
			[]string{"A line with odd spacing.", "Next."},
		},
		{"empty", " \n\n \t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textBlocks(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("textBlocks =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestDocumentBody(t *testing.T) {
	doc := Document{Paragraphs: []string{"One.", "Two."}}
	if got, want := doc.Body(), "One.\n\nTwo."; got != want {
		t.Errorf("Body() = %q, want %q", got, want)
	}
	if got := (Document{}).Body(); got != "" {
		t.Errorf("empty Body() = %q", got)
	}
}
