# locale: only getlocale(), which reports the firmware's translation as (language, encoding).


def getlocale():
    return ('en_US', 'utf-8')
