package bot

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/commands"
)

// checkLimits fails the test for anything Discord would refuse.
func checkLimits(t *testing.T, name string, msgs []Message) {
	t.Helper()
	if len(msgs) == 0 || len(msgs) > MaxMessages {
		t.Errorf("%s: %d messages; want 1 to %d", name, len(msgs), MaxMessages)
	}
	for i, m := range msgs {
		if Length(m.Content) > MaxContent {
			t.Errorf("%s: message %d content has %d characters", name, i, Length(m.Content))
		}
		if m.Content == "" && len(m.Embeds) == 0 {
			t.Errorf("%s: message %d is empty", name, i)
		}
		if len(m.Embeds) > MaxEmbeds {
			t.Errorf("%s: message %d has %d embeds", name, i, len(m.Embeds))
		}
		total := 0
		for j, e := range m.Embeds {
			where := fmt.Sprintf("%s: message %d embed %d", name, i, j)
			size := Length(e.Title) + Length(e.Description)
			if Length(e.Title) > MaxTitle {
				t.Errorf("%s: title has %d characters", where, Length(e.Title))
			}
			if Length(e.Description) > MaxDescription {
				t.Errorf("%s: description has %d characters", where, Length(e.Description))
			}
			if len(e.Fields) > MaxFields {
				t.Errorf("%s: %d fields", where, len(e.Fields))
			}
			for _, f := range e.Fields {
				if f.Name == "" || f.Value == "" {
					t.Errorf("%s: empty field name or value: %+v", where, f)
				}
				if Length(f.Name) > MaxFieldName || Length(f.Value) > MaxFieldValue {
					t.Errorf("%s: field %q: name %d, value %d characters", where, f.Name, Length(f.Name), Length(f.Value))
				}
				size += Length(f.Name) + Length(f.Value)
			}
			if e.Footer != nil {
				if Length(e.Footer.Text) > MaxFooter {
					t.Errorf("%s: footer has %d characters", where, Length(e.Footer.Text))
				}
				size += Length(e.Footer.Text)
			}
			if e.Author != nil {
				size += Length(e.Author.Name)
			}
			if size == 0 {
				t.Errorf("%s: empty embed", where)
			}
			if e.Type != discordgo.EmbedTypeRich {
				t.Errorf("%s: type %q", where, e.Type)
			}
			total += size
		}
		if total > MaxEmbedsTotal {
			t.Errorf("%s: message %d embeds total %d characters", name, i, total)
		}
	}
}

var (
	markdownLink   = regexp.MustCompile(`\]\([^)]*\)`)
	markdownEscape = regexp.MustCompile(`\\([\\*_~|\[\]` + "`" + `])`)
)

// checkWholeWords fails when output holds a word that is not a word of the
// input: a word cut in the middle. Cuts are marked with "…", which is
// allowed on its own.
func checkWholeWords(t *testing.T, name string, in commands.Reply, msgs []Message) {
	t.Helper()
	words := map[string]bool{"•": true, "…": true, "—": true, "(continued)": true, "(no": true, "answer)": true, "\u200b": true}
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			words[w] = true
		}
	}
	add(in.Title)
	add(in.Footer)
	add(trimmedNote)
	for _, l := range in.Lines {
		add(l)
	}
	for _, s := range in.Sections {
		add(s.Name)
		for _, it := range s.Items {
			add(it.Text)
			add(it.Note)
			_, rest := splitCitation(it.Text)
			add(rest)
		}
	}
	for _, m := range msgs {
		for _, e := range m.Embeds {
			text := e.Title + " " + e.Description
			for _, f := range e.Fields {
				text += " " + f.Name + " " + markdownLink.ReplaceAllString(f.Value, " ")
			}
			if e.Footer != nil {
				text += " " + e.Footer.Text
			}
			text = markdownEscape.ReplaceAllString(text, "$1")
			for _, w := range strings.Fields(text) {
				if !words[w] && !words[strings.TrimSuffix(w, "…")] && !words[strings.TrimPrefix(w, "[")] &&
					!words[strings.TrimSuffix(strings.TrimPrefix(w, "["), "…")] {
					t.Errorf("%s: %q is not a whole word of the input", name, w)
					return
				}
			}
		}
	}
}

func sentences(n int, words int) string {
	var b strings.Builder
	for i := range n {
		for j := range words {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "w%dx%d", i, j)
		}
		b.WriteString(". ")
	}
	return strings.TrimSpace(b.String())
}

func briefing(topic string, nSentences, nQuotes int, text string) commands.Reply {
	b := newsbot.Briefing{Topic: topic, Matched: 2,
		Sources: []newsbot.Source{
			{Title: "Peace Envoy Annan Presses Russia on Syria", Outlet: "Voice of America", URL: "https://www.voanews.com/a/annan-(russia)", Published: time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC)},
			{Title: "Title with [brackets] inside", Outlet: "Wire"},
		}}
	for i := range nSentences {
		b.Sentences = append(b.Sentences, newsbot.BriefSentence{Text: fmt.Sprintf("%s n%d.", text, i), Citations: []int{1 + i%2}})
	}
	for i := range nQuotes {
		b.Quotes = append(b.Quotes, newsbot.BriefQuote{Citation: 1, Quote: newsbot.Quote{Speaker: "Kofi Annan", Text: fmt.Sprintf("quote q%d %s", i, text), Kind: newsbot.Direct}})
	}
	return commands.BriefingReply(b, "!")
}

func TestRenderStaysWithinLimits(t *testing.T) {
	manyItems := func(sections, items int, text, link string) commands.Reply {
		r := commands.Reply{Title: "Many", Lines: []string{"one line"}}
		for s := range sections {
			sec := commands.Section{Name: fmt.Sprintf("Section s%d", s)}
			for i := range items {
				sec.Items = append(sec.Items, commands.Item{Text: fmt.Sprintf("[%d] %s i%d", i+1, text, i), Link: link, Note: "Outlet · 1 Jan 2024"})
			}
			r.Sections = append(r.Sections, sec)
		}
		return r
	}
	long := sentences(1, 20)
	tests := []struct {
		name     string
		reply    commands.Reply
		messages int  // expected number of messages, 0 for any
		trimmed  bool // the footer must admit a trim
	}{
		{"small briefing", briefing("syria", 4, 3, "Annan met Medvedev."), 1, false},
		{"empty", commands.Reply{}, 1, false},
		{"title only", commands.Reply{Title: "Hello"}, 1, false},
		{"many long sentences", briefing("syria", 200, 0, long), MaxMessages, true},
		{"many quotes", briefing("syria", 3, 300, long), MaxMessages, true},
		{"one sentence of 10,000 characters", commands.Reply{Title: "T", Lines: []string{sentences(100, 12)}}, 0, false},
		{"one line of 10,000 characters without full stops", commands.Reply{Title: "T", Lines: []string{strings.ReplaceAll(sentences(100, 12), ".", "")}}, 0, false},
		{"a 9,000-character word", commands.Reply{Title: "T", Lines: []string{strings.Repeat("x", 9000)}}, 0, false},
		{"a 1,000-character title", commands.Reply{Title: sentences(1, 150), Lines: []string{"a", "b"}}, 1, false},
		{"a 5,000-character footer", commands.Reply{Title: "T", Lines: []string{"a"}, Footer: sentences(1, 700)}, 1, false},
		{"60 sections of 30 items", manyItems(60, 30, long, "https://example.org/a"), MaxMessages, true},
		{"60 fields of one short item", manyItems(60, 1, "x", ""), 1, false},
		{"items of 3,000 characters with long links", manyItems(2, 3, sentences(30, 15), "https://example.org/"+strings.Repeat("p/", 600)), 0, false},
		{"item of one 2,000-character word", manyItems(1, 1, strings.Repeat("y", 2000), "https://example.org/"), 1, false},
		{"emoji count double", commands.Reply{Title: strings.Repeat("📰 ", 200), Lines: []string{strings.Repeat("🗞️ news ", 300)}}, 0, false},
		{"markdown marks double in length", commands.Reply{Title: "*_T_*", Lines: []string{strings.Repeat("a*b _c_ ~~d~~ ||e|| ", 500)}}, 0, false},
		{"markdown in items and links", manyItems(3, 10, "f***ing [x] snake_case "+long, "https://example.org/a_(b)"), 0, false},
		{"empty section names and items", commands.Reply{Title: "T", Sections: []commands.Section{{Items: []commands.Item{{Text: "x"}}}, {Name: "Nothing"}}}, 1, false},
	}
	for _, tt := range tests {
		msgs := Render(tt.reply)
		checkLimits(t, tt.name, msgs)
		if tt.name != "a 9,000-character word" && tt.name != "item of one 2,000-character word" {
			checkWholeWords(t, tt.name, tt.reply, msgs)
		}
		if tt.messages > 0 && len(msgs) != tt.messages {
			t.Errorf("%s: %d messages; want %d", tt.name, len(msgs), tt.messages)
		}
		last := msgs[len(msgs)-1].Embeds
		footer := ""
		if f := last[len(last)-1].Footer; f != nil {
			footer = f.Text
		}
		if got := strings.Contains(footer, "trimmed"); got != tt.trimmed {
			t.Errorf("%s: footer %q; trimmed note wanted: %v", tt.name, footer, tt.trimmed)
		}
		for i, m := range msgs {
			for j, e := range m.Embeds {
				if e.Footer != nil && (i != len(msgs)-1 || j != len(m.Embeds)-1) {
					t.Errorf("%s: footer on message %d embed %d; want it on the last embed only", tt.name, i, j)
				}
			}
		}
	}
}

// A reply that fits in the messages it may take loses nothing: the long
// line comes back whole from the pieces.
func TestRenderSplitsWithoutLoss(t *testing.T) {
	for _, line := range []string{sentences(60, 12), strings.ReplaceAll(sentences(60, 12), ".", "")} {
		msgs := Render(commands.Reply{Title: "T", Lines: []string{line}})
		checkLimits(t, "split", msgs)
		var got []string
		for _, m := range msgs {
			for _, e := range m.Embeds {
				if e.Description != "" {
					got = append(got, e.Description)
				}
				if strings.Contains(e.Description, "\n") {
					t.Errorf("one line became several in one embed: %.100q", e.Description)
				}
			}
		}
		if len(got) < 2 {
			t.Fatalf("a %d-character line gave %d descriptions; want it split", Length(line), len(got))
		}
		if joined := strings.Join(got, " "); joined != line {
			t.Errorf("pieces do not rejoin into the line:\n%.200s\n%.200s", joined, line)
		}
		if strings.Contains(line, ".") && !strings.HasSuffix(got[0], ".") {
			t.Errorf("first piece ends %q; want a sentence end", got[0][len(got[0])-20:])
		}
	}
}

func TestRenderBriefing(t *testing.T) {
	r := briefing("syria", 3, 2, "Annan met Medvedev in Moscow.")
	msgs := Render(r)
	if len(msgs) != 1 || len(msgs[0].Embeds) != 1 {
		t.Fatalf("Render gave %d messages; want one embed", len(msgs))
	}
	e := msgs[0].Embeds[0]
	if e.Title != "Briefing: syria" || e.Color != kindColour[commands.Success] {
		t.Errorf("title %q colour %x", e.Title, e.Color)
	}
	if want := "• Annan met Medvedev in Moscow. n0. [1]\n• Annan met Medvedev in Moscow. n1. [2]\n"; !strings.HasPrefix(e.Description, want) {
		t.Errorf("description = %q; want bullets with citations", e.Description)
	}
	if len(e.Fields) != 2 || e.Fields[0].Name != "Key quotes" || e.Fields[1].Name != "Sources" {
		t.Fatalf("fields = %+v", e.Fields)
	}
	if want := "[“quote q0 Annan met Medvedev in Moscow.”](https://www.voanews.com/a/annan-%28russia%29) — Kofi Annan [1]"; !strings.HasPrefix(e.Fields[0].Value, want) {
		t.Errorf("quotes = %q; want %q first", e.Fields[0].Value, want)
	}
	wantSources := "[1] [Peace Envoy Annan Presses Russia on Syria](https://www.voanews.com/a/annan-%28russia%29) — Voice of America · 25 Mar 2012\n" +
		"[2] Title with [brackets] inside — Wire · date unknown"
	if e.Fields[1].Value != wantSources {
		t.Errorf("sources = %q\nwant %q", e.Fields[1].Value, wantSources)
	}
	if e.Footer == nil || e.Footer.Text != "Verbatim from 2 of 2 matching articles · newsbot" {
		t.Errorf("footer = %+v", e.Footer)
	}
	// A note on what the briefing could not answer opens the description,
	// apart from the bulleted verbatim sentences.
	r.Intro = "None of the best-matching articles mentions “ceasefire”; this is what matches the rest."
	d := Render(r)[0].Embeds[0].Description
	if want := r.Intro + "\n• Annan met Medvedev in Moscow. n0. [1]\n"; !strings.HasPrefix(d, want) {
		t.Errorf("description with a note = %q; want %q first", d, want)
	}
}

func TestItemLineEscapesLinkText(t *testing.T) {
	got := itemLine(commands.Item{Text: "[3] A [bracketed] title", Link: "https://example.org/a b", Note: "Wire"}, MaxFieldValue)
	if want := `[3] [A \[bracketed\] title](https://example.org/a%20b) — Wire`; got != want {
		t.Errorf("itemLine = %q; want %q", got, want)
	}
	if got := itemLine(commands.Item{Text: "plain", Link: "javascript:alert(1)"}, MaxFieldValue); got != "plain" {
		t.Errorf("itemLine with a non-web link = %q; want the text unlinked", got)
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"One sentence here. Another sentence follows here.", 30, "One sentence here. …"},
		{"words without any full stop at all", 20, "words without any …"},
		{"abcdefghijklmnop", 8, "abcdefg…"},
		{"", 5, ""},
	}
	for _, tt := range tests {
		if got := fit(tt.in, tt.max); got != tt.want || Length(got) > tt.max {
			t.Errorf("fit(%q, %d) = %q; want %q", tt.in, tt.max, got, tt.want)
		}
	}
	if n := Length("a📰é"); n != 4 {
		t.Errorf("Length counts %d; want 4 (the emoji is two UTF-16 units)", n)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct {
		in     string
		inLink bool
		want   string
	}{
		{"f***ing snake_case ~~x~~ ||spoiler||", false, `f\*\*\*ing snake\_case \~\~x\~\~ \|\|spoiler\|\|`},
		{"Usage: `!brief <topic>`, for *example*", false, "Usage: `!brief <topic>`, for \\*example\\*"},
		{"Usage: `snake_case` stays", false, "Usage: `snake_case` stays"},
		{"an unpaired ` backtick_", false, "an unpaired \\` backtick\\_"},
		{`back\slash [x]`, false, `back\\slash [x]`},
		{`[x] in a link`, true, `\[x\] in a link`},
		{"plain words", false, "plain words"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in, tt.inLink); got != tt.want {
			t.Errorf("escapeMarkdown(%q, %v) = %q; want %q", tt.in, tt.inLink, got, tt.want)
		}
	}
	msgs := Render(commands.Reply{Title: "Briefing: *stars*", Lines: []string{"He said f***.", "Use `!brief <topic>`."}})
	e := msgs[0].Embeds[0]
	if e.Title != `Briefing: \*stars\*` || e.Description != "• He said f\\*\\*\\*.\n• Use `!brief <topic>`." {
		t.Errorf("Render escaped title %q description %q", e.Title, e.Description)
	}
}
