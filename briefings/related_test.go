package briefings

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// Stories written for these tests.
var (
	harlowA = article(60, "https://a.example/bridge", "Bridge collapses into Lenna river", "Alpha News",
		"Part of the Harlow road bridge collapsed into the Lenna river on Friday evening, sending two cars into the water.",
		"Divers rescued both drivers, who were taken to hospital with minor injuries.",
		"The bridge had been closed to lorries since an inspection in January found cracked supports.")
	harlowB = article(61, "https://b.example/harlow", "Drivers pulled from river after Harlow span gives way", "Beta Times",
		"Two motorists were pulled alive from the Lenna after a section of the Harlow bridge gave way beneath them.",
		"Engineers had warned the county in January that the supports were cracking, documents show.")
	harlowC = article(62, "https://c.example/county", "County faces questions over Harlow bridge", "Gamma Gazette",
		"Harlow county council is under pressure to explain why the bridge stayed open to cars after engineers reported cracked supports.",
		"Council leader Ruth Amsel said an independent review would begin next week.")
	harlowD = article(63, "https://d.example/detour", "Harlow detour adds an hour to commutes", "Delta Daily",
		"Commuters face detours of up to an hour while the collapsed Harlow bridge over the Lenna is cleared.",
		"The county said a temporary crossing could take six months to build.")
	ferryA = article(64, "https://port.example/ferry", "Ferry crews strike at Porto Vale", "Port Daily",
		"Ferry crews at Porto Vale went on strike on Tuesday over night shifts, cancelling all crossings to the Marisco islands.",
		"Northsea Lines said it had cancelled 14 sailings and offered refunds to passengers.")
	ferryB = article(65, "https://isles.example/ferry", "Islanders stranded by ferry strike", "Marisco Voice",
		"Hundreds of islanders were stranded on the mainland as the ferry strike at Porto Vale entered its second day.",
		"Northsea Lines said no sailings would run before the weekend.")
	railA = article(66, "https://rail.example/strike", "Rail strike halts trains across Valdera", "Meridian Wire",
		"Train drivers across Valdera walked out on Monday in the first national rail strike in eleven years.",
		"The Rail Workers' Federation called the stoppage after Valdera Rail offered a pay rise of 2.5 per cent.")
	ferryValdera = article(67, "https://port.example/ferry-valdera", "Ferry strike spreads along Valdera coast", "Port Daily",
		"Ferry crews in Valdera extended their strike on Wednesday, cancelling crossings from Porto Vale to the Marisco islands.",
		"Northsea Lines said no sailings would run before the weekend.")
)

// relatedGroups keeps a story told in other words, or followed up, in one
// group, and does not join two stories for sharing a place name or the
// word a topic asked about.
func TestRelatedGroups(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []newsbot.Article
		want [][]int
	}{
		{"one story, four wordings", []newsbot.Article{harlowA, harlowB, harlowC, harlowD}, [][]int{{0, 1, 2, 3}}},
		{"a storm and the council meeting on its damage", []newsbot.Article{wireA, wireB, other}, [][]int{{0, 1, 2}}},
		{"a wire story and its follow-up", []newsbot.Article{floodWire, floodUpdate}, [][]int{{0, 1}}},
		{"floods and a ferry strike in one town", []newsbot.Article{floodWire, ferryA, floodUpdate, ferryB}, [][]int{{0, 2}, {1, 3}}},
		{"two strikes in one country", []newsbot.Article{railA, ferryValdera, ferryA}, [][]int{{0}, {1, 2}}},
	} {
		got := relatedGroups(tc.arts, corpusIDF(tc.arts))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: relatedGroups = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// leadStory briefs the story with the most weight and leaves the articles
// of a single story, or of one named subject, as they are.
func TestLeadStory(t *testing.T) {
	arts := []newsbot.Article{railA, ferryA, ferryB}
	weight := map[newsbot.ArticleID]float64{railA.ID: 1, ferryA.ID: 0.9, ferryB.ID: 0.8}
	lead, others, _ := leadStory(newsbot.ParseTopic("strike"), arts, weight, corpusIDF(arts))
	var ids []newsbot.ArticleID
	for _, a := range lead {
		ids = append(ids, a.ID)
	}
	if want := []newsbot.ArticleID{ferryA.ID, ferryB.ID}; !slices.Equal(ids, want) {
		t.Errorf("lead story = %v, want the ferry strike %v (weight 1.7 against 1)", ids, want)
	}
	if len(others) != 1 || others[0].Articles != 1 || others[0].Topic != "rail strike" {
		t.Errorf("others = %+v; want the rail strike, 1 article, topic \"rail strike\"", others)
	}
	one := []newsbot.Article{harlowA, harlowB, harlowC, harlowD}
	if lead, others, _ := leadStory(newsbot.ParseTopic("harlow bridge"), one, nil, corpusIDF(one)); len(lead) != 4 || others != nil {
		t.Errorf("one story: lead %d articles, others %+v; want all 4 and none", len(lead), others)
	}
	// A place's floods and its ferry strike are two stories, but "porto
	// vale" asks for the town's news: a name joins them.
	town := []newsbot.Article{floodWire, ferryA, floodUpdate, ferryB}
	if lead, others, _ := leadStory(newsbot.ParseTopic("porto vale"), town, nil, corpusIDF(town)); len(lead) != 4 || others != nil {
		t.Errorf("a place: lead %d articles, others %+v; want all 4 and none", len(lead), others)
	}
}

// corpusIDF weighs terms by the test articles' sentences.
func corpusIDF(arts []newsbot.Article) func(string) float64 {
	var sents [][]string
	for _, a := range arts {
		for _, s := range a.Sentences {
			sents = append(sents, s.Terms)
		}
	}
	return sentenceIDF(sents)
}

// The narrower topic names the story by a name in its headline before any
// rarer word: "quits fire" would find the chef's story too, but reads as a
// fragment. Written for this test.
func TestNarrowTopicPrefersAName(t *testing.T) {
	warehouse := article(90, "https://dalby.example/fire", "Fire destroys Kellport warehouse", "Dalby Post",
		"A fire destroyed a timber warehouse in Kellport early on Sunday, sending smoke across the harbour.",
		"Firefighters from three towns fought the blaze for six hours.")
	warehouse2 := article(91, "https://harbour.example/fire", "Kellport warehouse fire was arson, police say", "Harbour News",
		"Police said on Monday that the fire that destroyed a timber warehouse in Kellport was started deliberately.",
		"Firefighters had fought the blaze for six hours.")
	chef := article(92, "https://food.example/ostra", "Chef quits over fire at Ostra", "Table Talk",
		"The head chef of the Ostra restaurant has left, a week after a kitchen fire closed it.",
		"Ostra's owners said the chef had been offered another post.")
	arts := []newsbot.Article{warehouse, warehouse2, chef}
	_, others, _ := leadStory(newsbot.ParseTopic("fire"), arts, nil, corpusIDF(arts))
	if len(others) != 1 || others[0].Topic != "ostra fire" {
		t.Errorf("others = %+v; want the chef's story, topic \"ostra fire\"", others)
	}
}

// Stories that name the topic alike are one subject's news; a name that
// only shares the word, or a common word, joins nothing. Written for this
// test.
func TestJoinNamed(t *testing.T) {
	trial := article(93, "", "Former mayor on trial", "Westmoor Herald",
		"The former mayor of Brennick, Tomas Halloran, went on trial on Monday.")
	verdict := article(94, "", "Mayor cleared", "Brennick Daily",
		"A jury cleared Tomas Halloran of all charges after four hours.")
	surname := article(95, "", "Halloran speaks", "Brennick Daily",
		"Halloran thanked his family outside the court.")
	cup := article(96, "", "Cup final on Sunday", "SportsDesk",
		"The Koval Cup final will be played on Sunday in front of a full stadium.")
	president := article(97, "", "President concedes", "Meridian Wire",
		"President Adrian Koval conceded defeat on Monday night.")
	for _, tc := range []struct {
		topic string
		arts  []newsbot.Article
		want  string
	}{
		{"halloran", []newsbot.Article{trial, verdict}, "[[0 1]]"},
		{"halloran", []newsbot.Article{trial, surname}, "[[0] [1]]"}, // a bare surname
		{"koval", []newsbot.Article{cup, president}, "[[0] [1]]"},
		{"porto vale", []newsbot.Article{floodWire, ferryA}, "[[0 1]]"},
		{"strike", []newsbot.Article{ferryA, railA}, "[[0] [1]]"},
	} {
		groups := make([][]int, len(tc.arts))
		for i := range groups {
			groups[i] = []int{i}
		}
		if got := fmt.Sprint(joinNamed(groups, newsbot.ParseTopic(tc.topic), tc.arts)); got != tc.want {
			t.Errorf("%s: joinNamed = %s, want %s", tc.topic, got, tc.want)
		}
	}
}
