package briefings

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

func article(id newsbot.ArticleID, url, title, outlet string, paragraphs ...string) newsbot.Article {
	a := newsbot.Article{ID: id, URL: url, Title: title, Outlet: outlet, Body: strings.Join(paragraphs, "\n\n"),
		Published: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)}
	Analyze(&a)
	return a
}

// Written for this test: two outlets carry the same wire sentence, a third
// reports something else about the same event.
var (
	wireA = article(1, "https://a.example/storm", "Storm closes harbour", "Alpha News",
		"A powerful storm closed the harbour at Port Vale on Monday, stranding forty fishing boats.",
		"Harbour master Jane Ode said the closure would last at least three days.",
		"Share this article on Facebook",
		"Local shops reported brisk sales of batteries and bottled water.")
	wireB = article(2, "https://b.example/harbour", "Harbour shut as storm hits Port Vale", "Beta Times",
		"A powerful storm closed the harbour at Port Vale on Monday, stranding forty fishing boats.",
		"Insurers expect claims to run into millions after waves damaged the sea wall.",
		"The storm is expected to move north by Wednesday.")
	other = article(3, "", "Council meets on sea wall", "Gamma Gazette",
		"The council will meet on Thursday to discuss repairs to the Port Vale sea wall damaged by the storm.",
		"Engineers said the wall had been weakened by years of erosion.")
)

func TestBuildMergesSyndicatedSentences(t *testing.T) {
	cands := []Candidate{{Article: wireA, Weight: 1}, {Article: wireB, Weight: 0.9}, {Article: other, Weight: 0.6}}
	b := Build(newsbot.ParseTopic("port vale storm"), cands, nil, Options{})
	if n := len(b.Sentences); n < 3 || n > 5 {
		t.Fatalf("Build gave %d sentences; want 3 to 5: %+v", n, b.Sentences)
	}
	lead := "A powerful storm closed the harbour at Port Vale on Monday, stranding forty fishing boats."
	count := 0
	for _, s := range b.Sentences {
		if s.Text == lead {
			count++
			var outlets []string
			for _, c := range s.Citations {
				outlets = append(outlets, b.Sources[c-1].Outlet)
			}
			slices.Sort(outlets)
			if !slices.Equal(outlets, []string{"Alpha News", "Beta Times"}) {
				t.Errorf("lead cites %v; want both outlets that carried it", outlets)
			}
		}
		if strings.Contains(s.Text, "Share this") {
			t.Errorf("boilerplate chosen: %q", s.Text)
		}
		if !slices.IsSorted(s.Citations) {
			t.Errorf("citations %v are not in order", s.Citations)
		}
		for _, c := range s.Citations {
			if c < 1 || c > len(b.Sources) {
				t.Errorf("citation %d out of range (%d sources)", c, len(b.Sources))
			}
		}
	}
	if count != 1 {
		t.Errorf("the syndicated sentence appears %d times; want once", count)
	}
	// Sources are numbered in order of first citation.
	next := 1
	for _, s := range b.Sentences {
		for _, c := range s.Citations {
			if c > next {
				t.Errorf("citation [%d] appears before [%d]", c, next)
			}
			if c == next {
				next++
			}
		}
	}
	if b.Sources[0].URL != "https://a.example/storm" {
		t.Errorf("Sources[0] = %+v", b.Sources[0])
	}
	for _, s := range b.Sources {
		if s.Outlet == "Gamma Gazette" && s.URL != "" {
			t.Errorf("a source without a web address shows URL %q", s.URL)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	cands := []Candidate{{Article: wireA, Weight: 1}, {Article: wireB, Weight: 1}, {Article: other, Weight: 1}}
	first := Build(newsbot.ParseTopic("storm"), cands, nil, Options{})
	for i := 0; i < 20; i++ {
		got := Build(newsbot.ParseTopic("storm"), cands, nil, Options{})
		if len(got.Sentences) != len(first.Sentences) {
			t.Fatal("different sentence count on a rerun")
		}
		for j := range got.Sentences {
			if got.Sentences[j].Text != first.Sentences[j].Text || !slices.Equal(got.Sentences[j].Citations, first.Sentences[j].Citations) {
				t.Fatalf("rerun %d differs at sentence %d", i, j)
			}
		}
	}
}

func TestRankHitsWeighsRecency(t *testing.T) {
	now := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	hits := []newsbot.ArticleHit{
		{Article: newsbot.Article{ID: 1, Published: now.AddDate(-1, 0, 0)}, Score: 10},
		{Article: newsbot.Article{ID: 2, Published: now.Add(-time.Hour)}, Score: 8},
		{Article: newsbot.Article{ID: 3}, Score: 9},
	}
	got := RankHits(hits, now, 72*time.Hour)
	var ids []newsbot.ArticleID
	for _, h := range got {
		ids = append(ids, h.ID)
		if h.Score <= 0 || h.Score > 1 {
			t.Errorf("score %v out of (0, 1]", h.Score)
		}
	}
	if !slices.Equal(ids, []newsbot.ArticleID{2, 1, 3}) {
		t.Errorf("RankHits order = %v; want the fresh article first", ids)
	}
	if hits[0].Score != 10 {
		t.Error("RankHits modified its input")
	}
}

func TestUnfit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Share this article on Facebook", true},
		{"Click here to subscribe to our newsletter.", true},
		{"Photo: Reuters", true},
		{"BREAKING NEWS: STORM HITS COAST", true},
		{"Storm Hits Coast Overnight", true},
		{"Read more.", true},
		{"It rained.", true},
		{"The harbour reopened on Monday after repairs.", false},
		{"Officials said the subscription fees for the toll road would rise.", false},
		{"“We will rebuild,” the mayor said.", false},
		{"Kofi Annan met Dmitry Medvedev in Moscow.", false},
	}
	for _, tt := range tests {
		if got := Unfit(tt.s); got != tt.want {
			t.Errorf("Unfit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSentencesOffsetsAreCodePoints(t *testing.T) {
	body := "Café owners in Köln protested. “Enough,” they said.\n\nThe next day was calm."
	got := Sentences(body)
	if len(got) != 3 {
		t.Fatalf("Sentences = %d, want 3: %+v", len(got), got)
	}
	runes := []rune(body)
	for _, s := range got {
		if string(runes[s.Start:s.End]) != s.Text {
			t.Errorf("runes[%d:%d] = %q, want %q", s.Start, s.End, string(runes[s.Start:s.End]), s.Text)
		}
	}
	if got[2].Paragraph != 1 || got[0].Paragraph != 0 {
		t.Errorf("paragraphs = %d, %d, %d", got[0].Paragraph, got[1].Paragraph, got[2].Paragraph)
	}
	if !slices.Contains(got[0].Terms, "koln") || !slices.Contains(got[0].Terms, "protest") {
		t.Errorf("terms = %v; want stemmed content words", got[0].Terms)
	}
}

func TestTerms(t *testing.T) {
	got := Terms("Syria's year-long violence has killed at least 8,000 people, Medvedev said.")
	want := []string{"syria", "year", "long", "violenc", "kill", "least", "8000", "peopl", "medvedev"}
	if !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

// TestKeyQuotesAreNamed: a statement whose speaker could not be named
// ("she", with no one she could be) is not a key quote; one whose speaker
// was resolved is.
func TestKeyQuotesAreNamed(t *testing.T) {
	essay := article(4, "", "The storm we remember", "Delta Weekly",
		"My grandmother lived through the great storm of 1953 at Port Vale.",
		"She still says, \"The sea took everything from the harbour that night.\"",
		"Harbour master Jane Ode said, \"This storm at Port Vale is the worst since that night in 1953.\"")
	b := Build(newsbot.ParseTopic("port vale storm"), []Candidate{{Article: essay, Weight: 1}}, nil, Options{})
	var speakers []string
	for _, q := range b.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	if !slices.Contains(speakers, "Jane Ode") {
		t.Errorf("key quotes by %q; want Jane Ode's", speakers)
	}
	for _, s := range speakers {
		if !(newsbot.Quote{Speaker: s}).Named() {
			t.Errorf("key quote by %q, who is not named", s)
		}
	}
}

// Written for this test: an article on a ferry strike in one country and
// one on a war elsewhere that mentions strikes; "ferry war" is asked.
var (
	ferry = article(10, "https://a.example/ferry", "Ferry crews walk out", "Alpha News",
		"Ferry crews in Skerra walked out on Monday over pay, halting crossings to the islands.",
		"The union said the strike would last until the company raised its offer.",
		"Travellers were told to expect delays for the rest of the week.")
	war = article(11, "https://b.example/war", "Border war enters third year", "Beta Times",
		"The border war entered its third year on Monday as both armies dug in for winter.",
		"Air strikes hit two towns near the front, officials said.",
		"Aid groups said the war had displaced a million people.")
)

// A topic of several words weighs each by how rare it is: an article on
// the rarer word answers more of the question than one on a common word,
// and a word nothing mentions is named rather than silently dropped.
func TestBuildCoversTheRarerWord(t *testing.T) {
	// "war" is in many archived articles, "ferry" in few.
	idf := func(t string) float64 {
		if t == "ferri" || t == "ferry" {
			return 5
		}
		return 1
	}
	b := Build(newsbot.ParseTopic("ferry war"), []Candidate{{Article: war, Weight: 1}, {Article: ferry, Weight: 1}}, idf, Options{})
	if len(b.Sentences) == 0 || !strings.Contains(b.Sentences[0].Text, "Ferry crews") {
		t.Errorf("sentences %+v; want the ferry article's lead first", b.Sentences)
	}
	if len(b.Missing) != 0 {
		t.Errorf("Missing = %q; want none", b.Missing)
	}
	b = Build(newsbot.ParseTopic("ukraine war"), []Candidate{{Article: war, Weight: 1}}, idf, Options{})
	if !slices.Equal(b.Missing, []string{"ukraine"}) {
		t.Errorf("Missing = %q; want [ukraine]", b.Missing)
	}
}

// A sentence is cited to a second source only when that source printed
// it word for word; a reworded copy is left out, not cited.
func TestCitationsAreWordForWord(t *testing.T) {
	a := article(20, "https://a.example/x", "Minister resigns", "Alpha News",
		"The finance minister resigned on Monday after a week of protests over the budget.",
		"Her deputy will take over until an election is called.")
	b2 := article(21, "https://b.example/y", "Minister quits", "Beta Times",
		"The finance minister resigned after a week of protests over the budget.",
		"Markets barely moved on the news.")
	b := Build(newsbot.ParseTopic("finance minister"), []Candidate{{Article: a, Weight: 1}, {Article: b2, Weight: 0.9}}, nil, Options{})
	for _, s := range b.Sentences {
		if strings.HasPrefix(s.Text, "The finance minister resigned") && len(s.Citations) != 1 {
			t.Errorf("%q cites %v; want only the source that printed it", s.Text, s.Citations)
		}
	}
}

// A statement that reports another named statement whole is not a key
// quote: the statement it holds is ("Police said the gunman shouted …").
func TestKeyQuotesPreferTheInnerStatement(t *testing.T) {
	outer := newsbot.Quote{Speaker: "Police", Mention: "Police", Cue: "said", Kind: newsbot.Mixed,
		Text: "the gunman shouted “Nobody move, nobody gets hurt” as he entered the bank", Content: newsbot.Span{Start: 12, End: 90}}
	inner := newsbot.Quote{Speaker: "Tom Reese", Mention: "the gunman", Cue: "shouted", Kind: newsbot.Direct,
		Text: "“Nobody move, nobody gets hurt”", Content: newsbot.Span{Start: 32, End: 64}}
	if !reportsAnother(outer, []newsbot.Quote{outer, inner}) || reportsAnother(inner, []newsbot.Quote{outer, inner}) {
		t.Errorf("want the outer report set aside for the inner statement, not the other way round")
	}
}

// A speech verb with a thing for its object reports no statement.
func TestSpokenNeedsAStatement(t *testing.T) {
	tests := []struct {
		cue, text string
		want      bool
	}{
		{"admitted", "causing grievous bodily harm with intent at the crown court", false},
		{"conceded", "three goals in the first half at Mill Lane on Saturday", false},
		{"declared", "a special dividend of 50 cents a share payable in March", false},
		{"denied", "that she had taken any money from the fund", true},
		{"denied", "it was involved in the attack on the convoy", true},
		{"claimed", "the election was rigged against him from the start", true},
		{"said", "the economy grew 3 percent in the last quarter", true},
		{"has not agreed", "to daily cease-fires across the whole country", false},
		{"noted", "the plan was late and over its budget", true},
		{"quoted as saying", "the army was ready to move within days", true},
		{"called on", "the council to resign over the budget", true},
	}
	for _, tt := range tests {
		q := newsbot.Quote{Speaker: "Ann Reed", Cue: tt.cue, Text: tt.text, Kind: newsbot.Indirect}
		if got := Spoken(q); got != tt.want {
			t.Errorf("Spoken(%s %q) = %v, want %v", tt.cue, tt.text, got, tt.want)
		}
	}
}
