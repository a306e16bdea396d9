package org.dramagraph.clean;

import java.util.Set;

/**
 * Closed word lists that page chrome is made of. A line is judged by whether all its words come
 * from these lists, never by matching whole strings, so new wordings of the same widgets are
 * caught and article prose (which always has words outside the lists) is not.
 */
final class ChromeWords {
    /** Words of page widgets: ads, sharing, following, comments, navigation, sign-offs. */
    static final Set<String> WIDGET = Set.of(
            "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "promoted",
            "continue", "continues", "continued", "reading", "scroll",
            "share", "shares", "sharing", "tweet", "retweet", "pin", "email", "mail", "print", "copied", "copy",
            "link", "links", "permalink", "whatsapp",
            "follow", "followers", "subscribe", "subscribed", "subscription", "subscribers", "unsubscribe",
            "newsletter", "newsletters", "inbox", "notifications", "alerts",
            "signup", "signin", "login", "logout", "logged", "register",
            "comment", "comments", "reply", "replies", "commenting",
            "related", "recommended", "trending", "archive", "archives", "missed",
            "menu", "search", "skip", "navigation", "cookie", "cookies", "privacy", "consent", "analytics",
            "download", "app", "click", "tap", "read", "view", "watch", "listen",
            "thanks", "thank", "tuned", "updates", "language", "languages", "loading", "next", "previous", "prev",
            // Korean page widgets: ad, main text, skip link, login, sign up, search, menu, close, share,
            // subscribe, comments, article list, previous, next.
            "광고", "본문", "바로가기", "로그인", "회원가입", "검색", "메뉴", "닫기", "공유", "구독", "댓글", "기사목록",
            "이전", "다음");

    /** Widget words that mark a short line as chrome even among other words, when it is not a sentence. */
    static final Set<String> STRONG_WIDGET = Set.of(
            "advertisement", "advertisements", "sponsored", "newsletter", "newsletters", "inbox", "subscribe",
            "unsubscribe", "signup", "login", "cookies", "analytics", "광고");

    /** Words that carry no content of their own and appear around widget words. */
    static final Set<String> FILLER = Set.of(
            "a", "an", "the", "to", "for", "of", "on", "in", "at", "by", "with", "from", "and", "or", "as", "it",
            "our", "us", "your", "you", "this", "that", "these", "its", "is", "are", "be", "will", "not", "all",
            "now", "up", "below", "above", "after", "before", "here", "more", "also", "via", "just", "new",
            "full", "get", "see", "go", "free", "story", "stories", "article", "articles", "post", "posts",
            "page", "content", "site", "website", "latest", "top", "back", "close", "many", "very", "much",
            "first", "leave", "add", "write", "own", "must", "stay", "time", "valuable", "case", "real", "web",
            "change", "address", "required", "fields", "marked", "published", "sign", "log", "account", "so",
            "please", "like", "most", "popular", "other", "video", "videos", "photo", "photos");

    /** Social networks, named on share and follow buttons (streaming services are deliberately absent). */
    static final Set<String> PLATFORMS = Set.of(
            "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "telegram", "linkedin",
            "pinterest", "reddit", "threads", "kakaotalk", "kakao", "naver", "weibo", "flipboard", "messenger",
            "rss", "google", "line");

    /** Words of date and time stamps. */
    static final Set<String> DATES = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
            "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
            "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "m", "p",
            "kst", "ist", "edt", "est", "pst", "pdt", "cst", "cdt", "gmt", "utc", "cet", "bst", "jst", "hkt",
            "sgt", "published", "updated", "posted", "modified", "last", "date", "time", "ago", "hour", "hours",
            "minute", "minutes", "mins", "day", "days", "week", "weeks", "on", "at");

    /** Names of site sections, as shown in navigation crumbs. */
    static final Set<String> SECTIONS = Set.of(
            "home", "news", "entertainment", "art", "arts", "culture", "lifestyle", "life", "style", "tv",
            "movies", "movie", "film", "films", "music", "celebrity", "celebrities", "world", "sports",
            "k", "drama", "dramas", "kdrama", "kdramas", "pop", "kpop", "features", "feature", "opinion",
            "reviews", "review", "videos", "photos", "gallery", "latest", "star", "stars", "showbiz", "trends");

    /** Lower-case words a byline may hold besides names, dates and addresses. */
    static final Set<String> BYLINE = Set.of(
            "and", "staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "correspondent",
            "contributor", "contributors", "desk", "team", "news", "service", "agency", "wire", "in", "for", "of",
            "the", "with", "de", "van", "von", "da", "di", "le", "la");

    private ChromeWords() {
    }
}
