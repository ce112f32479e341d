#include "LoaDocument.h"
