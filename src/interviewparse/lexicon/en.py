"""English."""

from . import Lexicon

LEXICON = Lexicon(
    code="en",
    stopwords="the and of to in is that for it with as was on are be this have by at "
    "from not but or we you they which their has an will would there been what about".split(),
    question_labels=["q", "question"],
    answer_labels=["a", "answer"],
    interviewer_roles=[
        "interviewer", "journalist", "correspondent", "reporter", "host", "moderator",
        "presenter", "anchor", "editor", "q", "question",
    ],
    address_forms="mr mr. mrs mrs. ms ms. madam madame sir dr dr. doctor professor prof prof. "
    "minister ambassador mayor president chairman chairwoman general colonel captain "
    "father sister coach director governor senator deputy excellency".split(),
    second_person="you your yours yourself yourselves you're you've you'll you'd".split(),
    first_singular="i me my mine myself i'm i've i'll i'd".split(),
    first_plural="we us our ours ourselves we're we've we'll".split(),
    question_words="what how why when where which who whom whose will would can could do does "
    "did is are was were has have had should shall may might won't isn't aren't don't "
    "doesn't didn't can't couldn't wouldn't shouldn't haven't hasn't".split(),
    imperatives=[
        "tell us", "tell me", "please tell", "please describe", "please explain", "describe",
        "explain", "walk us through", "give us", "talk us through", "let's talk about",
        "let us talk about", "share with us", "say a few words", "comment on",
    ],
    said_verbs="said says added noted explained stressed told asked recalled admitted".split(),
    ordinals={
        "first": 1, "firstly": 1, "first of all": 1, "in the first place": 1, "to begin with": 1,
        "second": 2, "secondly": 2, "in the second place": 2,
        "third": 3, "thirdly": 3, "in the third place": 3,
        "fourth": 4, "fourthly": 4, "fifth": 5, "fifthly": 5, "sixth": 6, "sixthly": 6,
        "seventh": 7, "seventhly": 7, "eighth": 8, "eighthly": 8, "ninth": 9, "tenth": 10,
    },
    the_nth={
        "the first": 1, "the second": 2, "the third": 3, "the fourth": 4, "the fifth": 5,
        "the sixth": 6, "the seventh": 7, "the eighth": 8, "the ninth": 9, "the tenth": 10,
    },
    finals=["finally", "lastly", "last but not least", "and finally", "last of all"],
    comma_ordinals="first second third fourth fifth sixth seventh eighth ninth tenth".split(),
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "a couple of": 2, "a pair of": 2,
    },
    count_nouns=[
        "aspect", "priorit", "thing", "reason", "stage", "step", "point", "area", "task",
        "direction", "goal", "factor", "question", "problem", "way", "change", "principle",
        "idea", "lesson", "component", "pillar", "challenge", "measure", "option", "rule",
        "issue", "dimension", "element", "part", "phase", "approach", "objective", "target",
        "tip", "advantage", "benefit", "lesson", "ingredient", "trend", "risk",
        "feature", "condition", "scenario", "tool", "track", "field", "sector", "level",
    ],
    nav=[
        "all news", "home", "menu", "search", "main menu", "news feed", "back to top",
        "skip to content", "log in", "sign in", "login", "register", "more", "top stories",
        "latest", "breaking", "trending",
    ],
    share=[
        "share", "share this", "share this article", "share on", "share this story",
        "tweet", "print", "send by email", "copy link",
    ],
    subscribe=[
        "subscribe", "sign up for our newsletter", "follow us", "join us on", "get our newsletter",
        "sign up", "newsletter", "never miss", "subscribe from", "free trial",
    ],
    related=[
        "read also", "read more", "see also", "related", "related news", "related articles",
        "recent news", "latest news", "more news", "more on this topic", "you may also like",
        "also read", "more stories", "most read", "popular", "more from", "more in",
        "more about", "further reading", "recommended", "read next", "what to read next",
    ],
    footer=[
        "all rights reserved", "reproduction only with", "reproduction is", "privacy policy",
        "terms of use", "terms and conditions", "contact us", "about us", "is published by",
        "registered in", "company number",
    ],
    footer_links=["terms", "privacy", "contact", "contacts", "cookies", "accessibility",
                  "imprint", "corrections", "ethics policy", "advertise", "careers", "sitemap",
                  "about", "about us", "complaints", "rss", "help", "faq", "jobs"],
    widgets=["reading time", "min read", "minutes read", "views", "comments", "duration",
             "listen on", "font size", "text size", "print version", "on air now"],
    disclaimers=["is not financial advice", "for general information", "does not constitute",
                 "views expressed", "opinions expressed", "comments are closed",
                 "commenting is closed", "do not necessarily reflect"],
    cookie=["cookie", "cookies"],
    buttons=["accept", "accept all", "ok", "i agree", "agree", "got it", "close", "reject",
             "decline", "settings", "more info"],
    photo=["photo", "photos", "photograph", "picture", "image", "pictured", "photo courtesy",
           "archive photo", "file photo", "video"],
    byline=["by", "words", "words by", "reporting by", "interview:", "interview by", "interviewed by", "text by", "written by", "author",
            "text", "interview conducted by", "reporting by", "edited by"],
    updated=["updated", "last updated", "modified", "last modified", "edited"],
    ad=["advertisement", "advertising", "sponsored", "ad", "promoted", "partner content"],
    other=["tags", "tagged", "topics", "transcript", "full transcript", "audio", "listen", "watch", "video version",
           "blitz", "quick questions", "readers' questions", "readers’ questions",
           "loading", "comments", "tags"],
    notes=[
        "transcript edited", "interview edited", "edited and condensed", "condensed and edited",
        "this transcript has been edited", "this interview has been edited",
        "this interview has been condensed", "the interview has been edited",
        "this conversation has been edited", "editor's note", "editor’s note",
        "the transcript has been edited", "edited for length", "translated from",
        "this interview was conducted",
    ],
)
