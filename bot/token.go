package bot

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNoToken means no bot token was given.
var ErrNoToken = errors.New("no Discord bot token")

// ParseToken checks a bot token as pasted from the Discord developer portal
// (Applications → your app → Bot → Reset Token) and returns it in the form
// the API wants, "Bot <token>". Surrounding space and quotes and a "Bot "
// prefix the user already added are accepted; anything that cannot be a
// bot token is refused with the reason, never with the token itself.
func ParseToken(raw string) (string, error) {
	t := strings.TrimSpace(raw)
	if len(t) >= 2 && (t[0] == '"' && t[len(t)-1] == '"' || t[0] == '\'' && t[len(t)-1] == '\'') {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	if len(t) >= 4 && strings.EqualFold(t[:4], "bot ") {
		t = strings.TrimSpace(t[4:])
	} else if strings.EqualFold(t, "bot") {
		t = "" // "Bot " with the token left out
	}
	if t == "" {
		return "", ErrNoToken
	}
	if len(t) >= 7 && strings.EqualFold(t[:7], "bearer ") {
		return "", errors.New("this is an OAuth2 bearer token; newsbot needs the bot token from the Bot page of your application in the Discord developer portal")
	}
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") {
		return "", errors.New("this is a URL, not a bot token; copy the token from the Bot page of your application in the Discord developer portal")
	}
	for i, r := range t {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			continue
		}
		what := fmt.Sprintf("%q", r)
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			what = "white space"
		case r < ' ' || r == 0x7f:
			what = "a control character"
		}
		return "", fmt.Errorf("the token is malformed: it contains %s at character %d; a bot token has only letters, digits, '.', '-' and '_' (copy it again from the Bot page of the developer portal)", what, i+1)
	}
	return "Bot " + t, nil
}
