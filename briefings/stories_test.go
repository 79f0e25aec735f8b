package briefings

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

func TestLimitStoriesKeepsEveryCopy(t *testing.T) {
	var hits []newsbot.ArticleHit
	add := func(id, story newsbot.ArticleID) {
		hits = append(hits, newsbot.ArticleHit{Article: newsbot.Article{ID: id, StoryID: story}})
	}
	add(1, 1)
	add(2, 2)
	add(3, 1) // a copy of story 1
	add(4, 0) // story unknown: its own
	add(5, 1) // another copy, ranked below the cut
	add(6, 6)
	var got []newsbot.ArticleID
	for _, h := range limitStories(hits, 3) {
		got = append(got, h.ID)
	}
	if want := []newsbot.ArticleID{1, 2, 3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("limitStories(3) = %v, want %v: three stories, every copy of them", got, want)
	}
	var plain []newsbot.ArticleHit
	for i := 1; i <= 5; i++ {
		plain = append(plain, newsbot.ArticleHit{Article: newsbot.Article{ID: newsbot.ArticleID(i), StoryID: newsbot.ArticleID(i)}})
	}
	if got := limitStories(plain, 3); len(got) != 3 || got[2].ID != 3 {
		t.Errorf("without copies, limitStories is a plain cut: %v", got)
	}
}

// TestBuildCitesEveryCopy: five outlets print one wire story (one trims it,
// one rewrites the lead); the briefing's sentences from it cite all five.
func TestBuildCitesEveryCopy(t *testing.T) {
	wire := []string{
		"Salvage crews refloated the grain carrier Helga Marit on Tuesday, two days after it ran aground in the Varna Narrows.",
		"Four tugboats pulled the ship free at high tide shortly after dawn, the port authority said.",
		"More than sixty vessels waited at anchor on either side of the strait while engineers studied how to move it.",
		"Traffic through the narrows resumed in both directions by midday.",
	}
	outlets := []string{"Meridian Wire", "Coastal Herald", "Inland Times", "Port Daily", "Kaliakra Voice"}
	var cands []Candidate
	for i, outlet := range outlets {
		paras := slices.Clone(wire)
		switch i {
		case 2:
			paras = paras[:3] // trimmed
		case 3:
			paras[0] = "Ships are moving through the Varna Narrows again after tugs freed a stranded grain carrier."
		}
		a := article(newsbot.ArticleID(i+1), fmt.Sprintf("https://%d.example/narrows", i), "Grain ship refloated", outlet, paras...)
		a.StoryID = 1
		cands = append(cands, Candidate{Article: a, Weight: 1 - float64(i)/20})
	}
	b := Build(newsbot.ParseTopic("varna narrows ship"), cands, nil, Options{})
	cited := map[string]bool{}
	for _, s := range b.Sentences {
		for _, c := range s.Citations {
			cited[b.Sources[c-1].Outlet] = true
		}
	}
	for _, o := range outlets {
		if !cited[o] {
			t.Errorf("%s is not cited; sentences: %+v, sources %+v", o, b.Sentences, b.Sources)
		}
	}
	for _, s := range b.Sentences {
		if s.Text == wire[1] && len(s.Citations) != 5 {
			t.Errorf("%q cites %d sources; want all five copies", s.Text, len(s.Citations))
		}
	}
}
