package briefings

import (
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// A party leader resigns, written for this test: one outlet prints the
// title of her memoir in quote marks, the other a question from her
// letter. Neither is a statement: the title is no quote of hers at all
// and is not listed as one, and the question is not the quote of the day.
func TestDigestQuoteOfTheDayIsAStatement(t *testing.T) {
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	quits := article(70, "https://gazette.example/weiss", "Weiss steps down as party leader", "East Gazette",
		"Clara Weiss resigned as leader of the Social Union on Wednesday, three days after her party lost the Ostmark election.",
		"She said she would now finish her memoir, \"A Life Spent Waiting for the Right Moment to Speak at Last\".",
		"Her deputy, Jonas Brandt, will lead the party until a successor is chosen.")
	letter := article(71, "https://daily.example/weiss", "Social Union leader quits", "Ostmark Daily",
		"The leader of Ostmark's Social Union, Clara Weiss, has resigned after Sunday's election defeat.",
		"\"Who among us could have imagined a night like Sunday's when we began this campaign?\" Weiss asked in a letter to members.",
		"\"The party needs new faces and I will help them from the back benches for as long as they want me,\" she wrote.")
	quits.Published, letter.Published = now.Add(-4*time.Hour), now.Add(-2*time.Hour)
	d := BuildDigest([]newsbot.Article{quits, letter}, nil, nil, now, DigestOptions{})
	if d.QuoteOfDay == nil {
		t.Fatal("no quote of the day; want her statement about new faces")
	}
	if got := d.QuoteOfDay.Text; sameWords(got) != sameWords("The party needs new faces and I will help them from the back benches for as long as they want me") {
		t.Errorf("quote of the day = %q by %q; want the statement, not the question or the title", got, d.QuoteOfDay.Speaker)
	}
	for _, q := range quits.Quotes {
		if q.Kind == newsbot.Direct && Spoken(q) && sameWords(q.Text) == sameWords("A Life Spent Waiting for the Right Moment to Speak at Last") {
			t.Errorf("the memoir's title %q counts as something %s said", q.Text, q.Speaker)
		}
	}
}

// A title in quote marks is not speech; quoted sentences, even short or
// with a capitalised name, are. Written for this test.
func TestSpokenTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A Life Spent Waiting for the Right Moment to Speak at Last", false},
		{"“The Long Road to Harwick”", false},
		{"Rivers of the North and Their Keepers", false},
		// Guards: statements.
		{"Tonight Ostmark chose hope over fear.", true},
		{"I leave with my head high,", true},
		{"Ivo gave this club everything, but results have not been good enough", true},
		{"We Will Not Be Moved. Not by this council", true},
		{"Dunmore Deserves Better, the banners said", true},
	} {
		if got := Spoken(newsbot.Quote{Kind: newsbot.Direct, Cue: "said", Text: tc.text}); got != tc.want {
			t.Errorf("Spoken(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
	// A question is no quote of the day; a statement is.
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Who among us could have imagined a night like Sunday's when we began this campaign?", false},
		{"\"How many more winters must the families of Mill Street wait for a bridge?\"", false},
		{"We have made a fair offer and it remains on the table for the union", true},
	} {
		q := newsbot.Quote{Kind: newsbot.Direct, Cue: "said", Speaker: "Clara Weiss", Text: tc.text}
		if got := quoteOfDayScore(q, 0) > 0; got != tc.want {
			t.Errorf("quoteOfDayScore(%q) > 0 is %v; want %v", tc.text, got, tc.want)
		}
	}
}

// The day's quote stands alone, without its story: under a description
// the extractor could not resolve ("— the professor") the reader is left
// asking who. A name, a capitalised institution or "The Kremlin" will do.
// Written for this test.
func TestQuoteOfTheDayNamesTheSpeaker(t *testing.T) {
	for _, tc := range []struct {
		speaker string
		want    bool
	}{
		{"the professor", false},
		{"The city engineer", false},
		{"police", false},
		// Guards: names.
		{"Helena Okafor", true},
		{"Northsea Lines", true},
		{"The Kremlin", true},
		{"the Kremlin", true}, // as stored (quotes.lowerArticle)
		{"Ms Nandakumar", true},
	} {
		q := newsbot.Quote{Kind: newsbot.Direct, Cue: "said", Speaker: tc.speaker,
			Text: "We need three months of steady rain, and we are not going to get it"}
		if got := quoteOfDayScore(q, 0) > 0; got != tc.want {
			t.Errorf("quoteOfDayScore by %q > 0 is %v; want %v", tc.speaker, got, tc.want)
		}
	}
}
