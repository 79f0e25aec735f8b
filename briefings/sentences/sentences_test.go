package sentences

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func texts(text string, bs []Bounds) []string {
	var out []string
	for _, b := range bs {
		out = append(out, text[b.Start:b.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"whitespace only", " \n\t\n ", nil},
		{"no terminal punctuation", "Storm warning for the coast", []string{"Storm warning for the coast"}},
		{"two plain sentences", "The vote passed. Opponents walked out.",
			[]string{"The vote passed.", "Opponents walked out."}},
		{"question and exclamation", "Who pays? Taxpayers do! Nobody else will.",
			[]string{"Who pays?", "Taxpayers do!", "Nobody else will."}},
		{"interrobang run", "You did what?! She laughed.", []string{"You did what?!", "She laughed."}},
		{"U.N. mid-sentence", "The U.N. Security Council met on Monday.",
			[]string{"The U.N. Security Council met on Monday."}},
		{"U.S. Army is a name", "Troops from the U.S. Army arrived at dawn.",
			[]string{"Troops from the U.S. Army arrived at dawn."}},
		{"U.S. at a true sentence end", "He lived in the U.S. The next day he left.",
			[]string{"He lived in the U.S.", "The next day he left."}},
		{"U.K. before pronoun", "Prices fell in the U.K. They rose in France.",
			[]string{"Prices fell in the U.K.", "They rose in France."}},
		{"E.U. before lower case", "The E.U. and its members disagreed.",
			[]string{"The E.U. and its members disagreed."}},
		{"titles", "Mr. Ahmed met Mrs. Lee, Ms. Ortiz and Dr. Chen. Prof. Okafor was absent.",
			[]string{"Mr. Ahmed met Mrs. Lee, Ms. Ortiz and Dr. Chen.", "Prof. Okafor was absent."}},
		{"military and political titles", "Sen. Park, Rep. Diaz, Gov. Walsh, Gen. Moore, Lt. Col. Reyes and Sgt. Hale spoke.",
			[]string{"Sen. Park, Rep. Diaz, Gov. Walsh, Gen. Moore, Lt. Col. Reyes and Sgt. Hale spoke."}},
		{"title never ends a sentence", "The letter was signed by Rev. The Hon. Graham Price.",
			[]string{"The letter was signed by Rev. The Hon. Graham Price."}},
		{"St. as saint and street", "They prayed at St. Mark's on Elm St. The church was full.",
			[]string{"They prayed at St. Mark's on Elm St.", "The church was full."}},
		{"Jr. and Sr.", "Martin Cole Jr. and Ann Cole Sr. attended. It rained.",
			[]string{"Martin Cole Jr. and Ann Cole Sr. attended.", "It rained."}},
		{"Jr. at sentence end", "The award went to Martin Cole Jr. He accepted it.",
			[]string{"The award went to Martin Cole Jr.", "He accepted it."}},
		{"company suffixes", "Acme Inc. bought Zeta Corp. and Blue Ltd. last year. Shares of Red Co. rose.",
			[]string{"Acme Inc. bought Zeta Corp. and Blue Ltd. last year.", "Shares of Red Co. rose."}},
		{"Inc. before a name", "Apple Inc. Chief Executive Tim Cook spoke.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"Inc. at sentence end", "The fund sold its stake in Acme Inc. But it kept its bonds.",
			[]string{"The fund sold its stake in Acme Inc.", "But it kept its bonds."}},
		{"vs.", "The case of Smith vs. Jones resumes today.", []string{"The case of Smith vs. Jones resumes today."}},
		{"etc. before lower case", "Bring food, water, etc. and a map.", []string{"Bring food, water, etc. and a map."}},
		{"etc. at sentence end", "They sold fruit, bread, etc. Business was slow.",
			[]string{"They sold fruit, bread, etc.", "Business was slow."}},
		{"e.g. and i.e.", "Some states, e.g. Ohio, agree; others, i.e. Texas and Utah, do not.",
			[]string{"Some states, e.g. Ohio, agree; others, i.e. Texas and Utah, do not."}},
		{"e.g. before a capitalised example", "Use a starter word, e.g. The or But, carefully.",
			[]string{"Use a starter word, e.g. The or But, carefully."}},
		{"months with dates", "It began on Jan. 5 and ended on Feb. 12, Aug. 3, Sept. 9, Oct. 1, Nov. 30 or Dec. 24.",
			[]string{"It began on Jan. 5 and ended on Feb. 12, Aug. 3, Sept. 9, Oct. 1, Nov. 30 or Dec. 24."}},
		{"month at sentence end", "Elections are due in Dec. The date is not fixed.",
			[]string{"Elections are due in Dec.", "The date is not fixed."}},
		{"a.m. and p.m.", "Polls open at 7 a.m. and close at 8 p.m. Eastern time.",
			[]string{"Polls open at 7 a.m. and close at 8 p.m. Eastern time."}},
		{"p.m. at sentence end", "The vote is at 4 p.m. It may be delayed.",
			[]string{"The vote is at 4 p.m.", "It may be delayed."}},
		{"p.m. before a sentence that opens with a noun", "Polls closed at 9 p.m. Preliminary results gave the mayor a lead.",
			[]string{"Polls closed at 9 p.m.", "Preliminary results gave the mayor a lead."}},
		{"a.m. before a name", "The ferry left at 6 a.m. Harbour staff said it was full.",
			[]string{"The ferry left at 6 a.m.", "Harbour staff said it was full."}},
		{"p.m. before a time zone", "The launch is set for 3 p.m. GMT on Friday.",
			[]string{"The launch is set for 3 p.m. GMT on Friday."}},
		{"a.m. before a day", "The count resumes at 10 a.m. Tuesday in the town hall.",
			[]string{"The count resumes at 10 a.m. Tuesday in the town hall."}},
		{"P.M. in capitals before a date", "Doors open at 7 P.M. Sept. 4 at the arena.",
			[]string{"Doors open at 7 P.M. Sept. 4 at the arena."}},
		{"U.S. before a name is unchanged", "He met the U.S. Trade Representative on Monday.",
			[]string{"He met the U.S. Trade Representative on Monday."}},
		{"No. before a number", "She lives at No. 10 and ranks No. 1 in the world.",
			[]string{"She lives at No. 10 and ranks No. 1 in the world."}},
		{"no. as a word", "He said no. Smith left.", []string{"He said no.", "Smith left."}},
		{"No. as a one-word sentence", "Yes. No. Maybe.", []string{"Yes.", "No.", "Maybe."}},
		{"Vol. and Ave.", "See Vol. 3 of the report. The office is on Fifth Ave. in the city.",
			[]string{"See Vol. 3 of the report.", "The office is on Fifth Ave. in the city."}},
		{"initials", "J.K. Rowling and George W. Bush met J. R. R. Tolkien fans.",
			[]string{"J.K. Rowling and George W. Bush met J. R. R. Tolkien fans."}},
		{"single letter at sentence end", "The team needs a plan B. They have none.",
			[]string{"The team needs a plan B.", "They have none."}},
		{"hyphenated title", "The bill was backed by then-Sen. Obama and others.",
			[]string{"The bill was backed by then-Sen. Obama and others."}},
		{"Washington, D.C.", "The rally was in Washington, D.C. The crowd was large.",
			[]string{"The rally was in Washington, D.C.", "The crowd was large."}},
		{"decimals and money", "Revenue rose 3.5% to $3.5 billion. Costs fell 0.2 points.",
			[]string{"Revenue rose 3.5% to $3.5 billion.", "Costs fell 0.2 points."}},
		{"sentence opening with a currency symbol", "Costs fell. $40m was saved.",
			[]string{"Costs fell.", "$40m was saved."}},
		{"sentence opening with a number", "The vote was close. 52 members backed it.",
			[]string{"The vote was close.", "52 members backed it."}},
		{"ellipsis before lower case", "We waited... and waited. Then it came.",
			[]string{"We waited... and waited.", "Then it came."}},
		{"unicode ellipsis before lower case", "It was hard… but worth it.", []string{"It was hard… but worth it."}},
		{"ellipsis at sentence end", "Then the lights went out... Nobody moved.",
			[]string{"Then the lights went out...", "Nobody moved."}},
		{"spaced ellipsis", "He paused . . . and then spoke.", []string{"He paused . . . and then spoke."}},
		{"closing double quote", `He said: "We will win." Then he left.`,
			[]string{`He said: "We will win."`, "Then he left."}},
		{"closing typographic quote", "She said: “It is over.” The crowd cheered.",
			[]string{"She said: “It is over.”", "The crowd cheered."}},
		{"closing single typographic quote after question", "‘Why now?’ The minister had no answer.",
			[]string{"‘Why now?’", "The minister had no answer."}},
		{"comma inside quote", `"Stop," he said.`, []string{`"Stop," he said.`}},
		{"quoted sentence then he said", `"We will not back down." he said.`,
			[]string{`"We will not back down." he said.`}},
		{"quoted exclamation then he said", "“Get out!” he shouted. Nobody did.",
			[]string{"“Get out!” he shouted.", "Nobody did."}},
		{"quoted question then named speaker", `"Why should we pay?" Smith asked. The room fell silent.`,
			[]string{`"Why should we pay?" Smith asked.`, "The room fell silent."}},
		{"quote then new sentence with colon", `"We are ready." He added: "So are they."`,
			[]string{`"We are ready."`, `He added: "So are they."`}},
		{"new sentence opening with a quote", `The talks failed. "It is a disaster," one aide said.`,
			[]string{"The talks failed.", `"It is a disaster," one aide said.`}},
		{"guillemets", "Il a dit « Non. » Puis il est parti.", []string{"Il a dit « Non. »", "Puis il est parti."}},
		{"single quotes ASCII", "'I am done.' The coach resigned.", []string{"'I am done.'", "The coach resigned."}},
		{"closing parenthesis", "The firm (founded in 1990) grew. (Its rival did not.) Profits rose.",
			[]string{"The firm (founded in 1990) grew.", "(Its rival did not.)", "Profits rose."}},
		{"closing bracket", "He wrote that [the plan failed.] Critics agreed.",
			[]string{"He wrote that [the plan failed.]", "Critics agreed."}},
		{"no split inside a token", "Visit example.com. The U.S.-led force left. Yahoo!'s shares fell.",
			[]string{"Visit example.com.", "The U.S.-led force left.", "Yahoo!'s shares fell."}},
		{"list marker is not a sentence", "1. Raise taxes on fuel", []string{"1. Raise taxes on fuel"}},
		{"roman numeral at sentence end", "He studied World War II. It shaped him.",
			[]string{"He studied World War II.", "It shaped him."}},
		{"dash after period", "Prices rose 2%. — Reuters", []string{"Prices rose 2%. — Reuters"}},
		{"non-breaking space", "Storms hit.\u00a0Roads closed.", []string{"Storms hit.", "Roads closed."}},
		{"state abbreviation", "He was born in Boston, Mass. The family moved to Chicago, Ill. in 1990.",
			[]string{"He was born in Boston, Mass.", "The family moved to Chicago, Ill. in 1990."}},
		{"Mr. across a newline", "The panel questioned Mr.\nKhan for an hour.",
			[]string{"The panel questioned Mr.\nKhan for an hour."}},
		{"hard-wrapped prose", "The committee said on Tuesday that\nthe budget would be cut. It\nwill vote next week.",
			[]string{"The committee said on Tuesday that\nthe budget would be cut.", "It\nwill vote next week."}},
		{"headline line", "Floods Close Schools Across the Region\nHeavy rain forced schools to shut.",
			[]string{"Floods Close Schools Across the Region", "Heavy rain forced schools to shut."}},
		{"byline", "By Jane Doe\nThe minister resigned on Friday.",
			[]string{"By Jane Doe", "The minister resigned on Friday."}},
		{"list lines", "The plan would:\n- cut fuel duty \n - raise pensions\n- End the cap.",
			[]string{"The plan would:", "- cut fuel duty", "- raise pensions", "- End the cap."}},
		{"list item after a full stop", "The key points were these.\n - Taxes will rise.\n - Spending will fall.",
			[]string{"The key points were these.", "- Taxes will rise.", "- Spending will fall."}},
		{"blank line ends a sentence", "Storms swept the coast\n\nThousands lost power",
			[]string{"Storms swept the coast", "Thousands lost power"}},
		{"blank line with spaces and CRLF", "First line\r\n \t\r\nSecond line.", []string{"First line", "Second line."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Bounds
	}{
		{"one paragraph", "Go on. Do it.", []Bounds{{0, 6, 0}, {7, 13, 0}}},
		{"two paragraphs", "Go on. Do it.\n\nWe won.", []Bounds{{0, 6, 0}, {7, 13, 0}, {15, 22, 1}}},
		{"leading and repeated blank lines leave no gaps", "\n\n  \nGo on.\n\n\n \n\nDo it.\n",
			[]Bounds{{5, 11, 0}, {17, 23, 1}}},
		{"single newline stays in the paragraph", "Go on.\nDo it.", []Bounds{{0, 6, 0}, {7, 13, 0}}},
		{"trimmed of surrounding whitespace", "  Go on.  \n\n\tDo it.\t", []Bounds{{2, 8, 0}, {13, 19, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// checkInvariants reports any way bs is not a valid split of text.
func checkInvariants(t *testing.T, text string, bs []Bounds) {
	t.Helper()
	// Rune starts as Go decodes them: every byte of invalid UTF-8 counts as
	// one rune, so only a valid multi-byte sequence can be split.
	runeStart := make([]bool, len(text)+1)
	for i := range text {
		runeStart[i] = true
	}
	runeStart[len(text)] = true
	prevEnd, prevPara := 0, 0
	for i, b := range bs {
		if b.Start < prevEnd || b.End <= b.Start || b.End > len(text) {
			t.Fatalf("bounds %d %v out of order, empty or outside text of %d bytes (previous end %d)", i, b, len(text), prevEnd)
		}
		if b.Paragraph < prevPara || b.Paragraph > prevPara+1 || (i == 0 && b.Paragraph != 0) {
			t.Fatalf("bounds %d %v: paragraph %d does not follow %d", i, b, b.Paragraph, prevPara)
		}
		if !runeStart[b.Start] || !runeStart[b.End] {
			t.Fatalf("bounds %d %v split a UTF-8 sequence", i, b)
		}
		s := text[b.Start:b.End]
		if strings.TrimFunc(s, unicode.IsSpace) != s {
			t.Fatalf("bounds %d %v not trimmed: %q", i, b, s)
		}
		// Only whitespace may fall between sentences.
		if gap := text[prevEnd:b.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("bounds %d %v leave out text %q", i, b, gap)
		}
		prevEnd, prevPara = b.End, b.Paragraph
	}
	if rest := text[prevEnd:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("text after the last sentence left out: %q", rest)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "A.", "Mr. Smith went to Washington, D.C. He stayed.",
		"“Why?” she asked. ‘No!’ he said…\n\nNew paragraph... here.",
		"- one\n- two\n\n1. three", "\xff\xfe. A", "U.S. The", ". . . ...", "a\u00a0.\u2029B",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Split(text))
	})
}

func BenchmarkSplit(b *testing.B) {
	// About 2 KB of news-like prose with abbreviations, quotes and
	// paragraphs.
	para := `The U.S. Senate voted 52-48 on Tuesday to confirm Gen. Ada Moore. "This is a good day," Sen. Park said. ` +
		`Shares of Acme Inc. rose 3.5% to $41.20 by 4 p.m. The company, founded in Jan. 1998, employs 1,200 people... and more. ` +
		`“Will it last?” asked Mr. Lee. Nobody knows!`
	text := strings.Repeat(para+"\n\n", 5)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
