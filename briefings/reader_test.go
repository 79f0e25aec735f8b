package briefings

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// Stories written for these tests, as a reader would meet them: wire
// datelines, a follow-up that updates a figure, statements whose speaker
// sits in the middle of the sentence.
var (
	floodWire = article(50, "https://wire.example/floods", "Four dead as storm floods coast", "Meridian Wire",
		"PORTO VALE, Valdera (Meridian) — At least four people were killed and hundreds forced from their homes after Storm Orsolya brought torrential rain to the southern coast overnight, officials said on Sunday.",
		"The Marra river burst its banks in two places before dawn, flooding the old town under more than a metre of water.",
		"Civil protection chief Ilse Varga said rescuers had pulled 212 people from roofs and cars since midnight.",
		"Schools across the province will stay closed on Monday.")
	floodUpdate = article(51, "https://coast.example/floods-live", "Storm death toll rises to seven", "Coastline Today",
		"Seven people are now known to have died in the floods that hit the southern coast, the civil protection agency said on Monday evening, up from four on Sunday.",
		"The bodies of three fishermen missing since Saturday were found near the mouth of the Marra river.",
		"Prime Minister Adrian Koval, who visited Porto Vale on Monday, promised 50 million euros in emergency aid.",
		"“No family that lost its home will be left to rebuild alone,” Koval said, standing in mud outside the flooded market hall.")
	scopeOld = article(52, "https://space.example/delay", "Space telescope launch delayed again", "Space News Desk",
		"The launch of the Halden space telescope has been postponed until March after engineers found a fault in one of its reaction wheels, the European Orbital Agency said on Friday.",
		"The telescope had been due to lift off on December 12.",
		"“We would rather launch late than launch a telescope that cannot point,” programme manager Sanna Lehto said.")
	scopeNew = article(53, "https://science.example/new-date", "Telescope gets new launch date", "Science Times",
		"The Halden space telescope will now launch on February 24, the European Orbital Agency said on Sunday, earlier than the March date it gave last week.",
		"Engineers replaced the faulty reaction wheel faster than expected, programme manager Sanna Lehto said.",
		"Halden will study the atmospheres of planets around nearby stars from an orbit far beyond the Moon.")
)

// A statement whose speaker stands in its middle ("Seven people …, the
// agency said on Monday evening, up from four") is a quote of two parts
// joined by " … ". When a summary sentence already shows it whole, the
// key quote would say the same thing twice.
func TestBriefKeyQuoteInPartsSaysNothingTwice(t *testing.T) {
	for _, tc := range []struct {
		topic string
		cands []Candidate
	}{
		{"storm orsolya floods", []Candidate{{Article: floodWire, Weight: 0.9}, {Article: floodUpdate, Weight: 1}}},
		{"halden telescope", []Candidate{{Article: scopeOld, Weight: 0.8}, {Article: scopeNew, Weight: 1}}},
	} {
		b := Build(newsbot.ParseTopic(tc.topic), tc.cands, nil, Options{})
		for _, q := range b.Quotes {
			for _, s := range b.Sentences {
				all := true
				for _, part := range strings.Split(TrimDateline(q.Text), " … ") {
					all = all && holdsWords(sameWords(s.Text), sameWords(part))
				}
				if all {
					t.Errorf("%s: key quote %q repeats the summary sentence %q", tc.topic, q.Text, s.Text)
				}
			}
		}
		if len(b.Quotes) == 0 {
			t.Errorf("%s: no key quotes; want the others to stay", tc.topic)
		}
	}
}

// "Lasko wrote nine symphonies" is what a composer made, not something he
// said: "wrote" takes a thing as its object as often as a clause, like
// "admitted" and "declared". Only the clause is a statement.
func TestSpokenWrote(t *testing.T) {
	for _, tc := range []struct {
		cue, text string
		want      bool
	}{
		{"wrote", "nine symphonies, four operas and more than 200 songs", false},
		{"has written", "three novels about the island", false},
		{"writes", "a weekly column for the Herald", false},
		{"wrote", "that the council had misled residents about the cost", true},
		{"wrote", "the bridge was unsafe and should be closed", true},
		{"writes", "she will not stand again", true},
		{"said", "nine symphonies would be played over the summer", true},
	} {
		q := newsbot.Quote{Speaker: "Teodor Lasko", Cue: tc.cue, Text: tc.text, Kind: newsbot.Indirect}
		if got := Spoken(q); got != tc.want {
			t.Errorf("Spoken(%q %q) = %v; want %v", tc.cue, tc.text, got, tc.want)
		}
	}
}

// A wire story opens with its dateline ("HARWICK, England (Northgate Press
// Agency) —"); an outlet that reprints it often drops the dateline. The
// briefing shows the sentence from its first word of news, and cites every
// outlet that printed it.
func TestBriefDropsDatelines(t *testing.T) {
	lead := "A former Harwick councillor was found guilty on Thursday of defrauding a housing charity of more than 240,000 pounds while he sat on its board."
	rest := []string{
		"Desmond Pryce, 58, was convicted by a jury at Harwick Crown Court after a three-week trial of six counts of fraud.",
		"Judge Amrit Sandhu adjourned sentencing until January 14.",
	}
	wire := article(60, "https://wire.example/pryce", "Former councillor guilty of charity fraud", "Northgate Press Agency",
		append([]string{"HARWICK, England (Northgate Press Agency) — " + lead}, rest...)...)
	echo := article(61, "https://echo.example/pryce", "Pryce guilty", "The Harwick Echo", append([]string{lead}, rest...)...)
	for _, tc := range []struct {
		name  string
		cands []Candidate
		cites int
	}{
		{"wire first", []Candidate{{Article: wire, Weight: 1}, {Article: echo, Weight: 0.9}}, 2},
		{"copy first", []Candidate{{Article: echo, Weight: 1}, {Article: wire, Weight: 0.9}}, 2},
		{"wire alone", []Candidate{{Article: wire, Weight: 1}}, 1},
	} {
		b := Build(newsbot.ParseTopic("harwick councillor fraud"), tc.cands, nil, Options{})
		found := false
		for _, s := range b.Sentences {
			if strings.Contains(s.Text, "Northgate") || strings.HasPrefix(s.Text, "HARWICK") {
				t.Errorf("%s: sentence shown with its dateline: %q", tc.name, s.Text)
			}
			if s.Text == lead {
				found = true
				if len(s.Citations) != tc.cites {
					t.Errorf("%s: %q cites %v; want %d outlets", tc.name, s.Text, s.Citations, tc.cites)
				}
			}
		}
		if !found {
			t.Errorf("%s: the lead is not among the sentences %+v", tc.name, b.Sentences)
		}
	}
}

func TestTrimDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HARWICK, England (Northgate Press Agency) — A former councillor was convicted.", "A former councillor was convicted."},
		{"PORTO VALE, Valdera (Meridian) — At least four people were killed.", "At least four people were killed."},
		{"VARNOSK — Former judge Irina Valchek has won.", "Former judge Irina Valchek has won."},
		{"OSLAND (BizWire) — Telvana Systems reported a rise in profit.", "Telvana Systems reported a rise in profit."},
		{"ST. AUBIN, Jersey - The ferry left on time.", "The ferry left on time."},
		// Not datelines.
		{"NATO-led forces left the port on Monday.", "NATO-led forces left the port on Monday."},
		{"Kestrel Rovers — the cup holders — lost at home.", "Kestrel Rovers — the cup holders — lost at home."},
		{"The mayor — who was re-elected in May — resigned.", "The mayor — who was re-elected in May — resigned."},
		{"UK inflation rose to 3% in June, the statistics office said.", "UK inflation rose to 3% in June, the statistics office said."},
		{"HARWICK — ", "HARWICK — "},
		{"US - China talks resumed on Monday.", "US - China talks resumed on Monday."},
		{"UK - EU trade fell by a third.", "UK - EU trade fell by a third."},
		{"KELLPORT (Wire) - Ferry crossings were cancelled.", "Ferry crossings were cancelled."},
	} {
		if got := TrimDateline(tc.in); got != tc.want {
			t.Errorf("TrimDateline(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// A quotation of two sentences is split between them: "Jean Abbot said:
// “This isn't over." opens a quotation it does not close, and shown alone
// it ends mid-quote. Such a sentence leans on its neighbour like one that
// opens with "But".
func TestBriefNoHalfQuotations(t *testing.T) {
	gazette := article(70, "https://gazette.example/library", "Council votes to close Millfield library", "Ashby Gazette",
		"Ashby council has voted to close Millfield library next spring to save 180,000 pounds a year.",
		"Councillors voted 23 to 17 in favour of the closure after a three-hour debate on Wednesday night.",
		"Council leader Patricia Gunn said the council had no choice after its grant was cut for the fifth year running.",
		"The library's 14,000 books will be moved to the central library on Market Street, and a mobile library will visit Millfield twice a week.",
		"Friends of Millfield Library chair Jean Abbot said: “This isn't over. We will fight it in the courts if we have to.”",
		"It is the third library Ashby has closed since 2021.")
	radio := article(71, "https://radio.example/millfield", "Millfield library to close", "Ashby Radio",
		"Millfield library will close in the spring after a council vote on Wednesday.",
		"Campaigners say they will fight it.")
	b := Build(newsbot.ParseTopic("millfield library"), []Candidate{{Article: gazette, Weight: 1}, {Article: radio, Weight: 1}}, nil, Options{})
	for _, s := range b.Sentences {
		if strings.Count(s.Text, "“") != strings.Count(s.Text, "”") {
			t.Errorf("sentence shown with half a quotation: %q", s.Text)
		}
	}
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Friends of Millfield Library chair Jean Abbot said: “This isn't over.", 0.3},
		{"We will fight it in the courts if we have to.”", 0.3},
		{"Some carried placards reading \"Books not budgets\" outside the hall.", 1},
		{"Opposition councillor Ravi Shah called the decision “a betrayal of every child in Millfield”.", 1},
		{"The mayor's office said the plan was fair.", 1},
		// Single marks, as British outlets quote; ’ is also the apostrophe.
		{"Friends of Millfield Library chair Jean Abbot said: ‘This isn’t over.", 0.3},
		{"We will fight it in the courts if we have to.’", 0.3},
		{"‘We will not give up,’ said Ms Abbot, ‘and we won’t go quietly.", 0.3},
		{"Opposition councillor Ravi Shah called the decision ‘a betrayal of every child in Millfield’.", 1},
		{"‘Millfield needs its library,’ the campaign’s chair said.", 1},
		{"The librarians’ union said staff wouldn’t be moved until the spring.", 1},
		{"Readers borrowed 40,000 books in ’23, the council said.", 1},
	} {
		if got := standalone(newsbot.Sentence{Text: tc.text, End: len(tc.text)}, nil); got != tc.want {
			t.Errorf("standalone(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// Lists in an article ("Key facts:", "Highlights:", a team sheet) are not
// sentences: a bulleted entry without a verb or a full stop, or a line-up
// of names, shown as a briefing's sentence reads "• • Hardware revenue
// down 4%". A bulleted entry that is a whole sentence is shown without its
// bullet.
func TestBriefListEntries(t *testing.T) {
	wire := article(80, "https://biz.example/telvana", "Telvana profit jumps 18%", "BizWire",
		"Telvana Systems reported an 18% rise in third-quarter profit on Wednesday, helped by strong demand for its cloud storage services.",
		"Net profit rose to 412 million crowns in the three months to September.",
		"Highlights:",
		"• Cloud revenue up 34% to 1.2 billion crowns",
		"• Hardware revenue down 4%",
		"• Telvana will hire 800 engineers for its cloud division next year.",
		"- Full-year outlook for cloud revenue raised")
	match := article(81, "https://sport.example/final", "Rovers win the cup", "SportsDesk",
		"Kestrel Rovers won the Northern Cup after beating Dunmore Athletic 3-1 on Saturday.",
		"Dunmore's Luka Ferris equalised from the penalty spot just before half-time.",
		"Dunmore Athletic: Roe; Sutter, King, Adeyemi, Falk; Ferris, Moss, Lund; Grant, Hoyle, Vance.")
	for _, tc := range []struct {
		topic string
		cands []Candidate
	}{
		{"cloud revenue hardware", []Candidate{{Article: wire, Weight: 1}}},
		{"dunmore athletic", []Candidate{{Article: match, Weight: 1}}},
	} {
		b := Build(newsbot.ParseTopic(tc.topic), tc.cands, nil, Options{})
		for _, s := range b.Sentences {
			if strings.ContainsAny(s.Text[:1], "•-") || strings.Count(s.Text, ";") >= 2 {
				t.Errorf("%s: list entry shown as a sentence: %q", tc.topic, s.Text)
			}
		}
		if len(b.Sentences) == 0 {
			t.Errorf("%s: no sentences", tc.topic)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"• Cloud revenue up 34% to 1.2 billion crowns", true},
		{"- Rail line between the two towns closed until at least Thursday", true},
		{"Dunmore Athletic: Roe; Sutter, King, Adeyemi, Falk; Ferris, Moss, Lund; Grant, Hoyle, Vance.", true},
		{"• Telvana will hire 800 engineers next year.", false},
		{"Net profit rose to 412 million crowns; revenue grew 11%; shares rose 6%.", false},
		{"Rovers led through an early header from captain Sam Whitlock.", false},
	} {
		if got := listEntry(tc.text); got != tc.want {
			t.Errorf("listEntry(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// Two outlets report the result in their own words; one attributes it
// ("…, according to preliminary results"). The briefing's sentence from
// the other outlet already says it, and the paraphrase as a key quote
// says the same thing twice.
func TestBriefParaphraseOfASummarySentence(t *testing.T) {
	observer := article(90, "https://observer.example/valchek", "Valchek wins presidency", "The Global Observer",
		"VARNOSK — Former judge Irina Valchek has won Kestovia's presidential runoff, ending 16 years of rule by the Union for Progress, according to preliminary results released early on Monday.",
		"Thousands of Valchek supporters celebrated in Freedom Square, waving the blue and white flags of her Civic Alliance.",
		"“The people have spoken and we will respect their choice,” Prime Minister Dorin Matei said.",
		"She will be sworn in on December 20.")
	digest := article(91, "https://digest.example/kestovia", "Kestovia: opposition wins presidency", "Eurasia Digest",
		"Irina Valchek won Kestovia's presidential runoff with 53.4% of the vote, ending 16 years of rule by the Union for Progress.",
		"Her rival, Prime Minister Dorin Matei, conceded early on Monday.",
		"Foreign ministers across the region welcomed the result.")
	b := Build(newsbot.ParseTopic("kestovia valchek"), []Candidate{{Article: digest, Weight: 1}, {Article: observer, Weight: 0.8}}, nil, Options{})
	for _, q := range b.Quotes {
		qt := Terms(TrimDateline(q.Text))
		for _, s := range b.Sentences {
			st := Terms(s.Text)
			in := 0
			for _, t := range qt {
				if slices.Contains(st, t) {
					in++
				}
			}
			if len(qt) > 0 && in*10 >= len(qt)*7 {
				t.Errorf("key quote %q says again what the summary sentence %q says", q.Text, s.Text)
			}
		}
	}
	if !slices.ContainsFunc(b.Quotes, func(q newsbot.BriefQuote) bool { return q.Speaker == "Dorin Matei" }) {
		t.Errorf("quotes %+v; want Matei's statement to stay", b.Quotes)
	}
}

// "ferry" and the footballer "Ferris" stem alike. For "ferry strike", a
// match report with a "curling strike" by a team whose striker is Ferris
// covered the whole topic and filled the briefing with football. A topic
// word found in an article only inside a capitalised name that is not the
// word asked for, while other articles use it as a common word, does not
// count for that article. Asking for the name itself still finds it.
func TestBriefNameThatStemsLikeTheTopic(t *testing.T) {
	wire := article(100, "https://coast.example/ferry", "Ferry crews strike for second day", "Coast Wire",
		"KELLPORT (Coast Wire) — Ferry crossings between Kellport and the island of Mora were cancelled for a second day on Tuesday as crews walked out over a plan to cut the number of officers on each boat.",
		"Mora Line wants to reduce crews from five to four on its two ferries, which it says would save 1.4 million euros a year.",
		"The Seafarers' Union says the change would put passengers at risk in bad weather.")
	explainer := article(101, "https://mora.example/ferry-strike", "Will the ferry strike end this week?", "Mora Today",
		"Both sides say they are ready to talk, but neither has offered to change its position on the number of officers on each boat.",
		"The union has already named dates for a second walkout next week.")
	match := article(102, "https://sport.example/final", "Rovers win the cup with late strike", "SportsDesk",
		"Kestrel Rovers won the Northern Cup after beating Dunmore Athletic 3-1 in front of 41,000 fans on Saturday.",
		"Substitute Chidi Okafor settled the final with a curling strike from 25 yards in the 88th minute.",
		"Rovers led through an early header before Dunmore's Luka Ferris equalised from the penalty spot just before half-time.",
		"Dunmore manager Frank Osei said Ferris should have had a second penalty when he went down in the box.")
	cands := []Candidate{{Article: wire, Weight: 1}, {Article: explainer, Weight: 0.9}, {Article: match, Weight: 0.9}}
	b := Build(newsbot.ParseTopic("ferry strike"), cands, nil, Options{})
	for _, s := range b.Sentences {
		if b.Sources[s.Citations[0]-1].Outlet == "SportsDesk" && !strings.Contains(s.Text, "strike") {
			t.Errorf("ferry strike: football sentence shown for its look-alike %q", s.Text)
		}
	}
	b = Build(newsbot.ParseTopic("ferris"), cands, nil, Options{})
	for _, src := range b.Sources {
		if src.Outlet != "SportsDesk" {
			t.Errorf("ferris: cites %s; want only the match report", src.Outlet)
		}
	}
	if len(b.Sentences) == 0 {
		t.Errorf("ferris: no sentences")
	}
}

// Guards: a name asked for in lower case, a nationality always written
// with a capital, and a plural find what they found before.
func TestCoverTopicLookAlikeGuards(t *testing.T) {
	envoy := article(110, "", "Envoy meets president", "Alpha News",
		"Peace envoy Lena Annan met the president in the capital on Monday.",
		"Annan said talks would resume next week.")
	voters := article(111, "", "Voters abroad", "Beta Times",
		"Many Americans living abroad voted by post this year.",
		"An American consulate said turnout had doubled.")
	ferries := article(112, "", "New ferries ordered", "Gamma Gazette",
		"The island council ordered two new ferries from a yard in the north.",
		"Ferries on the route are more than thirty years old.")
	for _, tc := range []struct {
		topic string
		cands []Candidate
	}{
		{"annan", []Candidate{{Article: envoy, Weight: 1}}},
		{"americans", []Candidate{{Article: voters, Weight: 1}, {Article: envoy, Weight: 0.5}}},
		{"ferry", []Candidate{{Article: ferries, Weight: 1}}},
	} {
		out, _, unlike := coverTopic(newsbot.ParseTopic(tc.topic), tc.cands, func(string) float64 { return 1 })
		if out[0].Weight != tc.cands[0].Weight || unlike[0] != nil {
			t.Errorf("%s: weight %v (was %v), unlike %v; want it unchanged", tc.topic, out[0].Weight, tc.cands[0].Weight, unlike[0])
		}
	}
}
