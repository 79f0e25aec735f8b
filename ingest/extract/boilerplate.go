package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// boilerplateLines are whole paragraphs (compared after key folding) that
// are site furniture, never article text.
var boilerplateLines = setOf(
	// navigation and page chrome
	"accessibility links", "skip to main content", "skip to content", "skip to navigation",
	"skip to main navigation", "skip to search", "skip to footer", "skip to article",
	"jump to navigation", "jump to content", "jump to main content", "toggle navigation",
	"main menu", "menu", "navigation", "search", "close", "open", "home", "sections",
	"sign in", "log in", "login", "log out", "register", "my account", "account",
	"back to top", "top of page", "next article", "previous article", "next story",
	"previous story", "loading", "loading...", "more", "show more", "load more",
	"topics", "tags", "privacy policy", "terms of use", "terms of service",
	"terms and conditions", "contact us", "about us", "site map", "sitemap", "help",
	"breaking news", "breaking", "live", "updated", "published", "play video",
	"expand", "collapse", "report an error", "report a correction",
	"download the app", "get the app", "listen to this article", "save", "save article",
	"bookmark", "saved", "gift this article", "give this article",
	// sharing
	"share", "share this", "share this article", "share this story", "share this page",
	"share this post", "share article", "share story", "share page", "shares", "tweet",
	"email", "e-mail", "print", "print this page", "print this article", "print article",
	"email this article", "email this story", "copy link", "copy article link",
	"link copied", "comments", "comment", "show comments", "view comments",
	"leave a comment", "join the conversation", "follow us", "follow",
	// advertising and promotion
	"advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
	"paid content", "paid post", "promoted", "promoted content", "partner content",
	"advertisement - scroll to continue", "scroll to continue with content",
	"story continues below advertisement", "article continues below advertisement",
	"article continues below", "story continues below", "continue reading the main story",
	"continue reading below", "continue reading", "subscribe", "subscribe now",
	"newsletter", "newsletters", "sign up", "sign up now",
	// related boxes
	"most read", "most popular", "most viewed", "most shared", "most watched",
	"most commented", "most recent", "related", "related articles", "related stories",
	"related content", "related topics", "related links", "related coverage",
	"related news", "related video", "related videos", "more on this story",
	"more on this topic", "more stories", "more news", "more from", "top stories",
	"trending", "trending now", "popular now", "recommended", "recommended for you",
	"recommended stories", "you may also like", "you might also like",
	"you may be interested in", "read more", "read next", "see also", "also read",
	"don't miss", "editor's picks", "around the web", "latest news", "latest stories",
	// media labels and credits
	"watch", "video", "videos", "listen", "audio", "podcast", "photos", "gallery",
	"photo gallery", "image", "images", "photo", "picture", "in pictures", "watch video",
	"play video", "watch live", "hide caption", "toggle caption", "show caption",
	"caption", "enlarge this image", "enlarge", "view image in fullscreen",
	"click to expand", "getty images", "afp", "ap", "ap photo", "reuters", "epa",
	"shutterstock", "alamy", "image copyright", "image caption", "media caption",
	"image source", "copyright", "all rights reserved",
	// cookies
	"cookie policy", "cookie settings", "cookies", "accept cookies", "accept all cookies",
	"accept all", "reject all", "manage cookies", "manage preferences",
)

func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, it := range items {
		m[it] = true
	}
	return m
}

// socialWords are the words of a share bar flattened to text
// ("Share Facebook Twitter Email").
var socialWords = setOf(
	"share", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail",
	"mail", "reddit", "pinterest", "messenger", "telegram", "print", "copy", "link",
	"tweet", "sms", "flipboard", "bluesky", "threads", "instagram", "youtube", "tiktok",
	"comments", "comment", "save", "gift", "on", "via", "this", "article", "story", "url",
)

var (
	// rxReporting marks a sentence that reports speech or events: site
	// furniture never says "said" or "according to", news almost always
	// does, so it vetoes the looser rules below.
	rxReporting = regexp.MustCompile(`(?i)\b(said|says|say|told|tells|according to|announced|added|stated|reported|asked|declared|warned)\b`)

	// Rules on the key-folded line. Each is paired with a word limit.
	rxShareOn    = regexp.MustCompile(`^(share|post|send|pin)( this( article| story| page)?)? (on|to|via|with|by) `)
	rxSocialCall = regexp.MustCompile(`^(share|like|follow|find|join|connect with)( us)?( on| at)? (facebook|twitter|x|whatsapp|linkedin|instagram|email|reddit|pinterest|messenger|telegram|bluesky|threads|youtube|tiktok|flipboard)\b`)
	rxFollowOn   = regexp.MustCompile(`^(follow|find|join) .{0,60}\bon (facebook|twitter|x|instagram|linkedin|bluesky|threads|tiktok|youtube|whatsapp|telegram)\b`)
	rxSubscribe  = regexp.MustCompile(`^(subscribe|sign up|sign-up|signup|register|join) (to|for|now|today|here|free|our|the)\b`)
	rxNewsletter = regexp.MustCompile(`^(get|sign|subscribe|join|receive|want|enter|don't miss|never miss|stay)\b.*\b(newsletters?|inbox|email alerts?|breaking news alerts?)\b`)
	rxReadMore   = regexp.MustCompile(`^(read|see|watch|listen to|view) (more|also|next|now|the full|the latest)\b`)
	rxLabel      = regexp.MustCompile(`^(related|see also|read more|read next|also read|more on this story|more on this|more|recommended|most read|watch|video|listen|audio|gallery|photos|in pictures|podcast|trending|advertisement|sponsored|promoted|breaking news|live updates|watch live|more from [^:]{1,30})\s*:\s*`)
	rxClickHere  = regexp.MustCompile(`^(click|tap) (here|on this link|this link|the link|to)\b`)
	rxCopyright  = regexp.MustCompile(`^(copyright\s*)?(©|\(c\))\s*(\d{4}|[a-z])|^copyright\s+((19|20)\d\d|by\b)|^copyright\b.*\b(19|20)\d\d$`)
	// "©" standing as a sign, not inside mojibake ("clichÃ©").
	rxCopyrightSign = regexp.MustCompile(`(?:^|[\s(])©`)
	rxRightsEnd     = regexp.MustCompile(`all rights reserved$`)
	rxCookie        = regexp.MustCompile(`\bcookies?\b`)
	rxCookieCtx     = regexp.MustCompile(`\b(we use|we and our partners|this (web)?site uses|uses cookies|use of cookies|accept|consent|browsing experience|by continuing|cookie (policy|settings|preferences|notice)|manage (cookies|preferences)|personali[sz]ed (ads|content))\b`)
	rxContinuing    = regexp.MustCompile(`^by (continuing|using|clicking|browsing)\b.*\b(you (agree|accept|consent)|our (terms|privacy|cookie))`)
	rxImageLabel    = regexp.MustCompile(`^(image|media|video|picture|photo|photograph) (copyright|caption|source|credit|courtesy)\b`)
	rxCredit        = regexp.MustCompile(`^[^.]{0,60}(/|\b)(getty images|afp|reuters|ap photo|epa|shutterstock|alamy|pa media|pa wire)$`)
	rxStamp         = regexp.MustCompile(`^(published|updated|last updated|first published|posted|modified|last modified|created)\b|\b(first published|last updated|published on|updated on)\b`)
	rxTrailer       = regexp.MustCompile(`^\(?(reporting|additional reporting|writing|editing|compiled|edited|produced|research|graphics|video|translation) by\b`)
	rxContact       = regexp.MustCompile(`^(contact|email|e-mail|write to) (the )?(author|reporter|writer|us|newsroom)\b`)
	rxAdvert        = regexp.MustCompile(`^(advertisement|advert|sponsored|ad)\s*[-:|(–—]|\b(scroll to continue|continues below advertisement|continue reading (the main story|below))\b`)
	rxCounter       = regexp.MustCompile(`^\d{1,3}\s*(/|of)\s*\d{1,3}$`)
	rxMoreLabel     = regexp.MustCompile(`^more\b.{0,30}:$`)
	rxOnTwitter     = regexp.MustCompile(`\bis on (twitter|x|bluesky|instagram|threads)( at)? @?[a-z0-9_.]+$`)
	rxPoweredBy     = regexp.MustCompile(`^(powered|presented|brought to you|sponsored|supported) by\b`)
	rxBreaking      = regexp.MustCompile(`^breaking news (alerts?|bar|ticker)$`)
	// rxEditorNote is an editors' note about the article itself, with or
	// without its label: "UPDATE 18:20 — This article has been updated
	// with …", "Correction: An earlier version of this story said …",
	// "This article was amended on … to correct …". It is about the page,
	// not the news, and reads as nonsense under a briefing's headline.
	rxEditorNote = regexp.MustCompile(`^((update|updated|correction|corrections|clarification|editor's note|editors' note|note)\b[^a-z]*)?` +
		`(this (article|story|report|piece|post) (has been|had been|was|is|have been) (updated|amended|corrected|changed|edited|clarified)\b|` +
		`an? (earlier|previous|prior) version of this (article|story|report|piece|post)\b)`)
	// rxPageNote speaks to the reader about the page: a live page's
	// greeting ("Good morning and welcome to our live coverage of …"), its
	// "Here is what we know so far:" heading, a syndication note ("This
	// story was originally published by … and is republished with
	// permission"), a call for readers' stories ("Do you have a story?
	// Email …", "Have you been affected? Get in touch.").
	rxPageNote = regexp.MustCompile(`\bwelcome to (our|the|this) (live|rolling) (coverage|blog|updates?|page|text)\b|` +
		`^(do you have|have you got|got) (a|any) (story|news tip|tip)\b.*\?|\?\s*(get in touch|email (us|the newsdesk|newsdesk)|contact us|tell us|let us know)\b|` +
		`^here('s| is| are) (what we know|everything we know|what you need to know|the latest)( so far| now)?$|` +
		`^this (article|story|report|piece|post) (was |is |has been )?(originally |first )?(published|appeared|republished)\b|` +
		`^republished with permission\b|\brepublished with permission$`)
)

// IsBoilerplate reports whether a paragraph is site furniture rather than
// article text: navigation and accessibility links, share prompts, newsletter
// and subscription pitches, advertising markers, "Read more:" and "Related:"
// links, "Most read" headings, copyright lines, cookie notices, image credit
// labels, bare "Watch:"/"Video:" labels, agency trailers ("Reporting by ..."),
// timestamps and bylines ("By Jane Doe").
//
// It is deliberately conservative: a news sentence that merely contains such
// words ("Advertisement spending rose 4%, the agency said.") is kept. Most
// rules only apply to short lines, and a reporting verb ("said",
// "according to") vetoes the looser ones.
func IsBoilerplate(paragraph string) bool {
	k := key(paragraph)
	if k == "" {
		// Nothing but punctuation or bullets.
		return true
	}
	if boilerplateLines[k] {
		return true
	}
	if !hasLetterOrDigit(k) || rxCounter.MatchString(k) {
		return true
	}
	words := wordCount(k)
	if words > 80 {
		// Every rule below is for short lines, but these two.
		return rxImageLabel.MatchString(k) || rxContinuing.MatchString(k)
	}
	reporting := rxReporting.MatchString(k)

	if allSocialWords(k) {
		return true
	}
	if isBylineLine(normalizeSpace(paragraph)) {
		return true
	}
	if _, ok := dateLine(normalizeSpace(paragraph)); ok {
		// A date on its own is page metadata, not a sentence.
		return true
	}
	if m := rxLabel.FindStringIndex(k); m != nil {
		// "Related: Annan arrives in Moscow", "Watch: ...": a label and a
		// linked headline. A full sentence after "More:" is kept.
		rest := k[m[1]:]
		if rest == "" || words <= 12 || !endsSentence(normalizeSpace(paragraph)) {
			return true
		}
	}
	switch {
	case rxImageLabel.MatchString(k):
		return true
	case rxCopyrightSign.MatchString(k) && words <= 30:
		return true
	case rxCopyright.MatchString(k) && words <= 30:
		return true
	case rxRightsEnd.MatchString(k) && (words <= 10 || words <= 30 && (strings.Contains(k, "copyright") || hasYear(k))):
		return true
	case rxContinuing.MatchString(k):
		return true
	case rxTrailer.MatchString(k) && words <= 40:
		return true
	case rxEditorNote.MatchString(k) && words <= 60:
		// Before the reporting veto: a correction says what the story "said".
		return true
	case rxPageNote.MatchString(k) && words <= 30:
		return true
	case rxBreaking.MatchString(k):
		return true
	}
	if reporting {
		return false
	}
	switch {
	case rxShareOn.MatchString(k) && words <= 12,
		rxSocialCall.MatchString(k) && words <= 15,
		rxFollowOn.MatchString(k) && words <= 20,
		rxSubscribe.MatchString(k) && words <= 25,
		rxNewsletter.MatchString(k) && words <= 30,
		rxReadMore.MatchString(k) && words <= 15,
		rxClickHere.MatchString(k) && words <= 30,
		rxCredit.MatchString(k) && words <= 10,
		rxContact.MatchString(k) && words <= 20,
		rxAdvert.MatchString(k) && words <= 8,
		rxStamp.MatchString(k) && words <= 14 && !endsSentence(normalizeSpace(paragraph)) && hasDate(k),
		rxMoreLabel.MatchString(strings.TrimSpace(strings.ToLower(normalizeSpace(paragraph)))) && words <= 6,
		rxOnTwitter.MatchString(k) && words <= 12,
		rxPoweredBy.MatchString(k) && words <= 6:
		return true
	case rxCookie.MatchString(k) && rxCookieCtx.MatchString(k) && words <= 80:
		return true
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

var rxClock = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\b`)

// hasDate reports a date or a clock time in s.
func hasDate(s string) bool {
	if rxClock.MatchString(s) || len(findDates(s)) > 0 {
		return true
	}
	_, _, ok := partialDate(s)
	return ok
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

var rxYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

func hasYear(s string) bool { return rxYear.MatchString(s) }

// allSocialWords reports whether a folded line is a flattened share bar:
// every word a network or share verb, with at least one network.
func allSocialWords(k string) bool {
	fields := strings.FieldsFunc(k, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|•·,/", r)
	})
	if len(fields) < 2 {
		return false
	}
	network := false
	for _, f := range fields {
		if !socialWords[f] {
			return false
		}
		switch f {
		case "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "messenger", "telegram", "bluesky", "instagram", "flipboard", "email", "e-mail":
			network = true
		}
	}
	return network
}

// Byline lines: "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters",
// "By Jane Doe | VOA News", "Written by J.K. Smith". Not "By Monday, the
// talks had collapsed" nor "By the numbers".
var (
	rxByline     = regexp.MustCompile(`^(?i:by|written by|words by|reported by|story by)\s+(.+)$`)
	rxNameToken  = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[a-z]{1,3}|and|&)$`) // Jane, O'Neil, J.K., de, van, and
	notNameWords = setOf(
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "the", "then", "now", "this",
		"that", "these", "those", "next", "last", "early", "late", "mid", "noon",
		"midnight", "tonight", "tomorrow", "today", "contrast", "comparison", "law",
		"far", "all", "some", "most", "many", "one", "two", "early", "design",
	)
)

// isBylineLine reports whether a normalised line is a byline.
func isBylineLine(s string) bool {
	m := rxByline.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	return bylineName(m[1]) != ""
}

// bylineName returns the names part of a byline ("Jane Doe, VOA News"), or
// "" when rest does not look like names.
func bylineName(rest string) string {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return ""
	}
	// Split off an affiliation or place: "Jane Doe, Reuters" / "Jane Doe | VOA" / "Jane Doe in Moscow".
	names := rest
	if i := strings.IndexAny(names, ",|;—–("); i >= 0 {
		names = names[:i]
	}
	if i := strings.Index(names, " in "); i >= 0 {
		names = names[:i]
	}
	if i := strings.Index(names, " - "); i >= 0 {
		names = names[:i]
	}
	// "By Air Force One, the president flew on." is a sentence; a byline
	// ends without a full stop unless it is nothing but names.
	if endsSentence(rest) && strings.TrimRight(strings.TrimSpace(names), ".") != strings.TrimRight(rest, ".") {
		return ""
	}
	fields := strings.Fields(names)
	if len(fields) == 0 || len(fields) > 8 {
		return ""
	}
	capital := 0
	for i, f := range fields {
		f = strings.TrimRight(f, ".")
		lower := strings.ToLower(f)
		if notNameWords[lower] || f == "" {
			return ""
		}
		if i == 0 && !unicode.IsUpper([]rune(f)[0]) {
			return ""
		}
		if !rxNameToken.MatchString(f) && !rxNameToken.MatchString(f+".") {
			return ""
		}
		if unicode.IsUpper([]rune(f)[0]) {
			capital++
		}
	}
	// A byline has at most a few lower-case particles (de, van, and).
	if capital < 1 || capital < len(fields)-2 {
		return ""
	}
	// The whole byline must be short; a long tail is a sentence.
	if wordCount(rest) > 14 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(rest), ".")
}
