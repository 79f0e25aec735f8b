package quotes

import (
	"slices"
	"testing"
)

// rulesQuoted returns, for each attribution the rules find in text, its
// text and its speaker's mention, as "text by mention".
func rulesQuoted(text string) []string {
	var got []string
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		got = append(got, q.Text+" by "+q.Mention)
	}
	return got
}

// wantQuote is one quotation the rules must give to a speaker.
type wantQuote struct {
	name string
	text string
	want string // "text by mention", as rulesQuoted gives it
}

func checkQuotes(t *testing.T, tests []wantQuote) {
	t.Helper()
	for _, tt := range tests {
		got := rulesQuoted(tt.text)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: rules gave %q, want %q among them", tt.name, got, tt.want)
		}
	}
}

// A quotation that follows a sentence with a parenthetical cue goes on
// with that cue's speaker, even when a cue inside a clause the sentence
// reports ("photos that she showed") comes last: that cue is not the
// sentence's attribution and takes no quotation of its own.
func TestQuotationResumesPastNestedCue(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "relative clause in a participle's object",
		text: `"Why were the marks not seen before? I am no doctor," Lee told reporters, referring to photos that Ann Ray showed to the press. "Would anyone not cry out in pain?"`,
		want: `"Why were the marks not seen before? I am no doctor," … "Would anyone not cry out in pain?" by Lee`,
	}})
}

// A verb of saying that introduces a quotation after a comma, where no
// frame takes it: a form the lexicon leaves out as mostly a noun
// ("reads", "state"), a participle after a preposition, an infinitive,
// a verb of singing.
func TestCommaIntroducedQuotation(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "reads",
			text: "At the bottom of the flyer it reads, “Join us before the polls close.”",
			want: "“Join us before the polls close.” by it",
		},
		{
			name: "upon saying",
			text: "The mayor drew loud boos upon saying, “The council listened to every voice.”",
			want: "“The council listened to every voice.” by The mayor",
		},
		{
			name: "as if to say",
			text: "Her hands were raised, as if to say, “What more could I have done?”",
			want: "“What more could I have done?” by Her hands",
		},
		{
			name: "sang",
			text: "As the old folk group sang, “The river keeps on rolling home.”",
			want: "“The river keeps on rolling home.” by the old folk group",
		},
	})
}

// A quotation that a subject and a verb of saying follow, where the verb
// is one the lexicon leaves out as mostly a noun, or the subject is
// longer than a name.
func TestTrailingCueAfterQuotation(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "states after a long subject",
			text: "“They know who stands with the farmers,” a voice in the new spot states.",
			want: "“They know who stands with the farmers,” by a voice in the new spot",
		},
		{
			name: "write",
			text: "“You have invented a rule out of nothing,” the two of us write.",
			want: "“You have invented a rule out of nothing,” by the two of us",
		},
		{
			name: "reads",
			text: "“Welcome, neighbors! Vote early!” a banner on the library reads.",
			want: "“Welcome, neighbors! Vote early!” by a banner on the library",
		},
	})
}

// An exclamation or a question closing a quotation does not end the
// sentence when a long name and its cue follow: the attribution is the
// quotation's.
func TestLongNameAfterExclamation(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "title and name of four words",
		text: "“Our state casts all its votes for the governor!” Former State Senator Ann Lee said as the count began.",
		want: "“Our state casts all its votes for the governor!” by Former State Senator Ann Lee",
	}})
}

// A participle of saying that introduces a quotation inside another
// cue's clause ("replied … by saying, “…”") is the quotation's cue: the
// first cue's content ends before it.
func TestParticipleIntroducesQuotation(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "by saying",
			text: "Ann Lee replied on Tuesday to one of the mayor’s posts by saying, “Please stop making things up.”",
			want: "“Please stop making things up.” by Ann Lee",
		},
		{
			name: "and adding",
			text: "Lee took a swipe at the governor by mentioning the budget and adding, “I know who should pay for it.”",
			want: "“I know who should pay for it.” by Lee",
		},
	})
}

// A comma and a quotation after a form that is also a noun ("his recent
// reads, “…”", "the talk show, “…”") introduce no quotation; after a
// verb that does, the quotation alone is the statement, not the narrative
// after it.
func TestCommaQuotationNounsAndNarrative(t *testing.T) {
	text := "One of her recent reads, “The Long Winter,” shaped her view of the farm bill."
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		t.Errorf("rules gave %q by %q, want nothing", q.Text, q.Mention)
	}
	checkQuotes(t, []wantQuote{{
		name: "narrative after the quotation",
		text: "The mayor wore a cap reading, “Fix the Roads First” on Monday night before the vote.",
		want: "“Fix the Roads First” by a cap",
	}})
}

// A quotation resumed after a sentence with two cues goes on with the
// cue whose content is a whole quotation, not with one whose clause only
// holds quoted words.
func TestResumedQuotationPrefersWholeQuotation(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "participle clause with a scare quote",
		text: "“Nothing has been ruled out,” Ortiz told a radio host on Friday after suggesting that “fresh faces” might join the cabinet. “Nothing at all has been ruled out.”",
		want: "“Nothing has been ruled out,” … “Nothing at all has been ruled out.” by Ortiz",
	}})
}

// A clause set off by a dash that ends in a colon introduces the
// quotation after it with its own subject, even when an earlier cue of
// the sentence would govern it.
func TestColonClauseAfterDash(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "aside with its own cue, then the clause",
		text: "After the panel drifted into gossip — and we all know how easy that is! — Ortiz pulled them back:\n\n“Voters sent us here to fix the budget, not to talk about my haircut.”\n\nThe room laughed.",
		want: "“Voters sent us here to fix the budget, not to talk about my haircut.” by Ortiz",
	}})
}

// After a quotation, a plural noun before a verb of saying is the head
// of the speaker, not the cue: "“…,” the union leaders said".
func TestPluralNounBeforeCueAfterQuotation(t *testing.T) {
	tests := []struct{ text, mention, cue string }{
		{"“We will not back down,” the union leaders said on Friday.", "the union leaders", "said"},
		{"“We will not back down,” the two governors write.", "the two governors", "write"},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range (Extractor{}).Extract(tt.text) {
			q := a.Quote(tt.text)
			got = append(got, q.Mention+"|"+q.Cue)
		}
		if want := tt.mention + "|" + tt.cue; !slices.Equal(got, []string{want}) {
			t.Errorf("%q: rules gave mention|cue %q, want %q", tt.text, got, want)
		}
	}
}

// A quotation that runs over several paragraphs, each opening with a
// mark and only the last closed, is the statement of the cue after its
// end, from where it opened.
func TestQuotationOverParagraphs(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "opened after narrative, three paragraphs",
		text: "Lee said on Monday that the plan would work. “We tried everything this year to fix the roads.\n\n“Nothing worked until the council agreed to pay for it.\n\n“Now we have a plan that will last a decade,” she said.\n\nThe council meets again in May.",
		want: "“We tried everything this year to fix the roads.\n\n“Nothing worked until the council agreed to pay for it.\n\n“Now we have a plan that will last a decade,” by she",
	}})
}
