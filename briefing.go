package newsbot

import "time"

// Briefing answers a topic question with verbatim sentences from stored
// articles, each citing its sources, and the key attributed quotes.
type Briefing struct {
	Topic     string
	Generated time.Time
	// Matched is how many stored articles matched the topic.
	Matched   int
	Sentences []BriefSentence
	Quotes    []BriefQuote
	// Sources are numbered from 1 in the order they are first cited.
	Sources []Source
	// Missing are the topic's words that no article read for the
	// briefing contains: it answers the rest of the question only.
	Missing []string
	// Period is the span the topic asked for ("the past 24 hours", see
	// ParseTopicWithin); "" for any time.
	Period string
	// Others are the other stories the topic matched, when its articles
	// tell unrelated stories ("strike": a rail strike, an air strike):
	// the briefing tells the leading one only, and names these.
	Others []OtherStory
	// MoreStories counts the other stories matched beyond Others.
	MoreStories int
}

// OtherStory is a story a topic matched besides the one briefed.
type OtherStory struct {
	Headline string // its central article's
	Articles int    // how many of the articles read tell it
	// Topic is a narrower topic that finds it ("ferry strike"); empty
	// when no word singles it out.
	Topic string
}

// BriefSentence is a verbatim sentence with the sources that published it
// (several when outlets carried the same sentence).
type BriefSentence struct {
	Text      string
	Citations []int // 1-based indexes into Briefing.Sources
}

// BriefQuote is a quote chosen for a briefing.
type BriefQuote struct {
	Quote
	Citation int // 1-based index into Briefing.Sources
}

// Source is a cited article.
type Source struct {
	ArticleID ArticleID
	Title     string
	Outlet    string
	Published time.Time
	URL       string // empty when the article has no web address
}
