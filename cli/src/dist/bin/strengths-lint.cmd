@echo off
rem strengths-lint launcher: runs the jar beside this folder with Java 17 or newer, taken from
rem JAVA_HOME when it is set, or else from the PATH.
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo strengths-lint: Java 17 or newer is needed; install it, or set JAVA_HOME to where it is 1>&2
  exit /b 2
)
rem The version, from the JVM's own properties ("1.8" for Java 8, "11", "17", ...).
set "JVER="
for /f "tokens=3" %%v in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JVER=%%v"
if "%JVER%"=="" set "JVER=0"
if "%JVER:~0,2%"=="1." set "JVER=8"
if %JVER% LSS 17 (
  echo strengths-lint: Java 17 or newer is needed; %JAVA% is version %JVER% 1>&2
  exit /b 2
)
if not defined STRENGTHS_LINT_JAVA_OPTS set "STRENGTHS_LINT_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"%JAVA%" %STRENGTHS_LINT_JAVA_OPTS% -jar "%HERE%\lib\strengths-lint.jar" %*
exit /b %errorlevel%
