"""The non-ASCII letters each Latin-script language writes (lower case).

Used to choose between single-byte encodings that decode a file equally
cleanly: the right one gives letters of the file's language (``très``), a
wrong one letters of another (``trčs``).
"""

LETTERS: dict[str, str] = {
    "English": "éèïëöüçñæœ",
    "French": "àâæçéèêëîïôœùûüÿ",
    "German": "äöüßéà",
    "Spanish": "áéíñóúü",
    "Portuguese": "ãõáâàçéêíóôú",
    "Italian": "àèéìíîòóùú",
    "Dutch": "éèëïöüáóú",
    "Catalan": "àçéèíïòóúü",
    "Swedish": "åäöé",
    "Norwegian": "åæøéèóô",
    "Danish": "åæøé",
    "Finnish": "äöå",
    "Icelandic": "áðéíóúýþæö",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Slovene": "čšž",
    "Croatian": "čćđšž",
    "Hungarian": "áéíóöőúüű",
    "Romanian": "ăâîșşțţ",
    "Turkish": "çğıöşüâî",
    "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņšūž",
    "Estonian": "äöõüšž",
}
